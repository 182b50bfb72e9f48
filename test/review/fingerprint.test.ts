import { describe, it } from 'vitest'
import { assignFingerprints, hashString, normaliseLine } from '../../src/review/fingerprint'
import type { Finding } from '../../src/review/types'

describe('hashString', () => {
  it('is a fixed function: stored fingerprints depend on it', ({ expect }) => {
    expect(hashString('')).toBe('488bdcb81aee8d83')
    expect(hashString('a')).toBe('501c2ba782c97901')
    expect(hashString('hygiene/todo\0src/a.ts\0line:// TODO')).toBe('7f512505b0c47f89')
  })

  it('spreads similar inputs', ({ expect }) => {
    const hashes = new Set(Array.from({ length: 10000 }, (_, i) => hashString(`rule\0src/a.ts\0line:x = ${i}`)))
    expect(hashes.size).toBe(10000)
  })
})

describe('normaliseLine', () => {
  it('collapses and trims whitespace', ({ expect }) => {
    expect(normaliseLine('\t  const  x =\t1 ;  ')).toBe('const x = 1 ;')
  })
})

describe('assignFingerprints', () => {
  const finding = (line: number | null, message = 'm'): Finding => ({
    ruleId: 'r',
    severity: 'minor',
    category: 'bug',
    filePath: 'a.ts',
    line,
    endLine: null,
    message,
    suggestion: null,
    fingerprint: '',
    source: 'rule',
  })

  it('numbers identical content top to bottom, whatever the input order', ({ expect }) => {
    const text = () => 'same()'
    const a = [finding(3), finding(9)]
    const b = [finding(9), finding(3)]
    assignFingerprints(a, text)
    assignFingerprints(b, text)
    expect(a[0]!.fingerprint).toBe(b[1]!.fingerprint)
    expect(a[1]!.fingerprint).toBe(b[0]!.fingerprint)
    expect(a[0]!.fingerprint).not.toBe(a[1]!.fingerprint)
  })

  it('falls back to the message when the line is not in the diff', ({ expect }) => {
    const [x, y] = [finding(5, 'hello'), finding(null, 'hello')]
    assignFingerprints([x!], () => undefined)
    assignFingerprints([y!], () => undefined)
    expect(x!.fingerprint).toBe(y!.fingerprint)
  })
})
