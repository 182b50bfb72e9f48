import { describe, it } from 'vitest'
import { reviewChangeset } from '../../src/review/engine'
import { DEFAULT_MAX_FINDINGS, findUnknownRuleRefs, resolveOptions, selectRules } from '../../src/review/options'
import type { ReviewOptions } from '../../src/review/types'
import { lineRule } from './fake-rules'
import { addedDiff } from './rule-tester'

const core = lineRule('bugs/core-rule', 'X', { tier: 'core', pack: 'bugs' })
const recommended = lineRule('hygiene/recommended-rule', 'X', { tier: 'recommended', pack: 'hygiene' })
const strict = lineRule('hygiene/strict-rule', 'X', { tier: 'strict', pack: 'hygiene' })
const secret = lineRule('secrets/strict-secret', 'X', { tier: 'strict', pack: 'secrets' })
const rules = [core, recommended, strict, secret]

const ids = (options: ReviewOptions) => selectRules(rules, options).map((r) => r.meta.id)

describe('selectRules', () => {
  it('runs core rules in prototype, core+recommended by default, everything in strict', ({ expect }) => {
    expect(ids({ profile: 'prototype' })).toEqual(['bugs/core-rule'])
    expect(ids({})).toEqual(['bugs/core-rule', 'hygiene/recommended-rule'])
    expect(ids({ profile: 'default' })).toEqual(['bugs/core-rule', 'hygiene/recommended-rule'])
    expect(ids({ profile: 'strict' })).toEqual(rules.map((r) => r.meta.id))
  })

  it('disables by rule id, pack or namespace', ({ expect }) => {
    expect(ids({ profile: 'strict', disable: ['hygiene/strict-rule'] })).toEqual(['bugs/core-rule', 'hygiene/recommended-rule', 'secrets/strict-secret'])
    expect(ids({ profile: 'strict', disable: ['hygiene'] })).toEqual(['bugs/core-rule', 'secrets/strict-secret'])
    expect(ids({ profile: 'strict', disable: ['bugs'] })).toEqual(['hygiene/recommended-rule', 'hygiene/strict-rule', 'secrets/strict-secret'])
  })

  it('enables a rule or pack the profile leaves off', ({ expect }) => {
    expect(ids({ profile: 'prototype', enable: ['hygiene/strict-rule'] })).toEqual(['bugs/core-rule', 'hygiene/strict-rule'])
    expect(ids({ profile: 'prototype', enable: ['secrets'] })).toEqual(['bugs/core-rule', 'secrets/strict-secret'])
  })

  it('lets disable win over enable', ({ expect }) => {
    expect(ids({ profile: 'prototype', enable: ['secrets'], disable: ['secrets/strict-secret'] })).toEqual(['bugs/core-rule'])
    expect(ids({ profile: 'strict', enable: ['bugs/core-rule'], disable: ['bugs'] })).not.toContain('bugs/core-rule')
  })

  it('lists enable/disable entries that name nothing', ({ expect }) => {
    expect(findUnknownRuleRefs({ enable: ['secrets', 'hygiene/strict-rule', 'nope'], disable: ['bugs/typo'] }, rules)).toEqual(['nope', 'bugs/typo'])
    expect(findUnknownRuleRefs({ disable: ['crypto'] }, rules)).toEqual([])
  })
})

describe('resolveOptions', () => {
  it('caps max_findings at DEFAULT_MAX_FINDINGS even when asked for more', ({ expect }) => {
    expect(DEFAULT_MAX_FINDINGS).toBe(1000)
    expect(resolveOptions({}).maxFindings).toBe(1000)
    expect(resolveOptions({ max_findings: 5000 }).maxFindings).toBe(1000)
    expect(resolveOptions({ max_findings: 10 }).maxFindings).toBe(10)
    expect(resolveOptions({ max_findings: 0 }).maxFindings).toBe(0)
    expect(resolveOptions({ max_findings: -3 }).maxFindings).toBe(1000)
    expect(resolveOptions({ max_findings: Number.NaN }).maxFindings).toBe(1000)
  })

  it('falls back to the default profile for unknown values', ({ expect }) => {
    expect(resolveOptions({ profile: 'constructor' as never }).profile).toBe('default')
  })
})

function review(options: ReviewOptions, files: Array<[string, string]>, ruleSet = rules) {
  return reviewChangeset(
    files.map(([path, code]) => ({ path, diff: addedDiff(path, code) })),
    options,
    { rules: ruleSet },
  )
}

describe('options in reviewChangeset', () => {
  const severities = [
    lineRule('bugs/crit', 'C', { severity: 'critical' }),
    lineRule('bugs/major', 'M', { severity: 'major' }),
    lineRule('bugs/minor', 'm', { severity: 'minor' }),
    lineRule('bugs/info', 'i', { severity: 'info' }),
  ]

  it('drops findings below min_severity', ({ expect }) => {
    const result = review({ min_severity: 'major' }, [['src/a.ts', 'C\nM\nm\ni']], severities)
    expect(result.findings.map((f) => f.severity)).toEqual(['critical', 'major'])
    expect(review({}, [['src/a.ts', 'C\nM\nm\ni']], severities).findings).toHaveLength(4)
  })

  it('skips files matched by ignore_paths and says which pattern', ({ expect }) => {
    const result = review({ ignore_paths: ['docs/**', '*.snap'] }, [
      ['docs/guide.md', 'X'],
      ['src/a.ts', 'X'],
      ['test/__x__/a.snap', 'X'],
    ], [core])
    expect(result.files.map((f) => f.skipped)).toEqual(['ignored by ignore_paths (docs/**)', undefined, 'ignored by ignore_paths (*.snap)'])
    expect(result.findings.map((f) => f.filePath)).toEqual(['src/a.ts'])
  })

  it('skips generated files unless include_generated', ({ expect }) => {
    const files: Array<[string, string]> = [['package-lock.json', 'X'], ['dist/app.min.js', 'X'], ['src/a.ts', 'X']]
    const skipped = review({}, files, [core])
    expect(skipped.files.map((f) => f.skipped)).toEqual(['lock file (package-lock.json)', 'build output (dist/)', undefined])
    expect(skipped.findings).toHaveLength(1)
    const included = review({ include_generated: true }, files, [core])
    expect(included.files.every((f) => f.skipped === undefined)).toBe(true)
    expect(included.findings).toHaveLength(3)
  })

  it('truncates to max_findings, keeping the most severe and counting the rest', ({ expect }) => {
    const code = ['m', 'i', 'C', 'm', 'M', 'i', 'C'].join('\n')
    const result = review({ max_findings: 3 }, [['src/a.ts', code]], severities)
    expect(result.findings.map((f) => [f.severity, f.line])).toEqual([
      ['critical', 3],
      ['critical', 7],
      ['major', 5],
    ])
    expect(result.truncated).toBe(4)
  })

  it('applies the hard cap when options set none', ({ expect }) => {
    const code = Array.from({ length: 1200 }, () => 'X').join('\n')
    const result = review({}, [['src/a.ts', code]], [core])
    expect(result.findings).toHaveLength(DEFAULT_MAX_FINDINGS)
    expect(result.truncated).toBe(200)
  })
})
