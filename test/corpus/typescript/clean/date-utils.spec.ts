// corpus: path=src/utils/dates.spec.ts
import { describe, expect, it } from 'vitest';
import { addBusinessDays, daysBetween, parseIsoDate, startOfDayUtc } from './dates';

describe('dates', () => {
  it('truncates to midnight UTC', () => {
    expect(startOfDayUtc(new Date('2024-03-10T17:45:00Z')).toISOString()).toBe('2024-03-10T00:00:00.000Z');
  });

  it('counts whole days', () => {
    expect(daysBetween(new Date('2024-02-27T23:00:00Z'), new Date('2024-03-01T01:00:00Z'))).toBe(3);
  });

  it('skips weekends and holidays', () => {
    const friday = new Date('2024-05-03T10:00:00Z');
    expect(addBusinessDays(friday, 1).toISOString().slice(0, 10)).toBe('2024-05-06');
    expect(addBusinessDays(friday, 1, new Set(['2024-05-06'])).toISOString().slice(0, 10)).toBe('2024-05-07');
  });

  it.each(['2024-02-30', '2024-13-01', '24-01-01', 'yesterday'])('rejects %s', (value) => {
    expect(parseIsoDate(value)).toBeNull();
  });

  it('accepts a real date', () => {
    expect(parseIsoDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });
});
