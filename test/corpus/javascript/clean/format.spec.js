// corpus: path=src/utils/__tests__/format.test.js
import { formatBytes, formatMoney, initials, pluralize, timeAgo } from '../format';

describe('formatMoney', () => {
  it('formats cents in the given currency', () => {
    expect(formatMoney(123456, 'EUR', 'en-GB')).toBe('€1,234.56');
    expect(formatMoney(99, 'USD', 'en-US')).toBe('$0.99');
  });
});

describe('formatBytes', () => {
  it.each([
    [512, '512 B'],
    [2048, '2.0 KB'],
    [5 * 1024 * 1024, '5.0 MB'],
    [50 * 1024 * 1024 * 1024, '50 GB'],
  ])('%d bytes is %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
});

describe('timeAgo', () => {
  const now = new Date('2024-06-01T12:00:00Z');
  it('uses the largest unit', () => {
    expect(timeAgo('2024-06-01T11:00:00Z', now)).toBe('1 hour ago');
    expect(timeAgo('2024-05-25T12:00:00Z', now)).toBe('last week');
  });
  it('says just now under a minute', () => {
    expect(timeAgo('2024-06-01T11:59:30Z', now)).toBe('just now');
  });
});

describe('pluralize and initials', () => {
  it('pluralizes', () => {
    expect(pluralize(1, 'file')).toBe('1 file');
    expect(pluralize(3, 'file')).toBe('3 files');
    expect(pluralize(2, 'person', 'people')).toBe('2 people');
  });
  it('takes two initials', () => {
    expect(initials('ada king lovelace')).toBe('AK');
    expect(initials('  grace  ')).toBe('G');
  });
});
