import { describe, it } from 'vitest'
import type { AnchoredFinding } from '../../src/ai/anchor'
import { capSeverity, mergeAiFindings } from '../../src/ai/merge'
import { hashString } from '../../src/review'
import type { Finding } from '../../src/review/types'

function anchored(overrides: Partial<AnchoredFinding> = {}): AnchoredFinding {
  return {
    path: 'src/orders.ts',
    line: 24,
    severity: 'major',
    category: 'bug',
    title: 'Null order is dereferenced',
    message: 'saveOrder writes to a possibly null order.',
    suggestion: 'Check for null.',
    lineText: '  await db.put(existing)',
    ...overrides,
  }
}

const ruleOn23: Finding = {
  ruleId: 'bugs/x',
  severity: 'minor',
  category: 'bug',
  filePath: 'src/orders.ts',
  line: 23,
  endLine: null,
  message: 'rule',
  suggestion: null,
  fingerprint: 'r',
  source: 'rule',
}

describe('mergeAiFindings', () => {
  it('builds engine findings with source ai and a content-based fingerprint', ({ expect }) => {
    const { findings, merged } = mergeAiFindings([anchored()], [], 'major')
    expect(merged).toBe(0)
    expect(findings).toEqual([
      {
        ruleId: 'ai/bug',
        severity: 'major',
        category: 'bug',
        filePath: 'src/orders.ts',
        line: 24,
        endLine: null,
        message: 'Null order is dereferenced. saveOrder writes to a possibly null order.',
        suggestion: 'Check for null.',
        fingerprint: hashString('ai/bug\0src/orders.ts\0line:await db.put(existing)\0null order is dereferenced'),
        source: 'ai',
      },
    ])
  })

  it('keeps the fingerprint when the line moves or is re-indented', ({ expect }) => {
    const a = mergeAiFindings([anchored()], [], 'major').findings[0]!
    const b = mergeAiFindings([anchored({ line: 40, lineText: '\tawait  db.put(existing)' })], [], 'major').findings[0]!
    expect(b.fingerprint).toBe(a.fingerprint)
  })

  it('merges an AI finding on a line a rule already flagged into the rule finding', ({ expect }) => {
    const { findings, merged } = mergeAiFindings([anchored({ line: 23 }), anchored()], [ruleOn23], 'major')
    expect(merged).toBe(1)
    expect(findings.map((f) => f.line)).toEqual([24])
  })

  it('dedupes AI findings on the same path, line and category, keeping the most severe', ({ expect }) => {
    const { findings, merged } = mergeAiFindings(
      [anchored({ severity: 'minor', title: 'Second' }), anchored({ title: 'First' }), anchored({ category: 'security', title: 'Other' })],
      [],
      'major',
    )
    expect(merged).toBe(1)
    expect(findings.map((f) => [f.category, f.severity, f.message.split('.')[0]])).toEqual([
      ['bug', 'major', 'First'],
      ['security', 'major', 'Other'],
    ])
  })

  it('caps severity: critical never comes from the AI, and AI_MAX_SEVERITY=minor caps to minor', ({ expect }) => {
    expect(mergeAiFindings([anchored({ severity: 'critical' })], [], 'major').findings[0]!.severity).toBe('major')
    expect(mergeAiFindings([anchored({ severity: 'critical' })], [], 'minor').findings[0]!.severity).toBe('minor')
    expect(mergeAiFindings([anchored({ severity: 'major' })], [], 'info').findings[0]!.severity).toBe('info')
    expect(mergeAiFindings([anchored({ severity: 'info' })], [], 'minor').findings[0]!.severity).toBe('info')
    expect(capSeverity('critical', 'critical' as never)).toBe('major')
  })

  it('numbers fingerprints of identical findings on identical lines so they stay unique', ({ expect }) => {
    const { findings } = mergeAiFindings([anchored(), anchored({ line: 30 })], [], 'major')
    expect(findings).toHaveLength(2)
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(2)
  })

  it('orders like the engine: severity, path, line', ({ expect }) => {
    const { findings } = mergeAiFindings(
      [anchored({ path: 'b.ts', severity: 'minor' }), anchored({ path: 'b.ts', line: 3 }), anchored({ path: 'a.ts', line: 9 })],
      [],
      'major',
    )
    expect(findings.map((f) => `${f.severity} ${f.filePath}:${f.line}`)).toEqual(['major a.ts:9', 'major b.ts:3', 'minor b.ts:24'])
  })
})
