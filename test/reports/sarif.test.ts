// Schema: test/fixtures/schemas/sarif-2.1.0.json, the SARIF 2.1.0 JSON schema shipped as
// `sarif-2.1.0.json` in npm @microsoft/sarif-multitool-linux@5.7.0 (the SARIF SDK's copy of the
// OASIS SARIF 2.1.0 schema, final property set, JSON Schema 2020-12 dialect), vendored byte for byte.
// sha256 1c49a0f2b60444c71bb14878e21e0d882198eff4c539861b133093ad89ed798c
import type { Log, ReportingDescriptor, Result } from 'sarif'
import { describe, it } from 'vitest'
import { ruleCatalog } from '../../src/review'
import { renderSarif } from '../../src/reports/sarif'
import type { ReportInput } from '../../src/reports/types'
import sarifSchema from '../fixtures/schemas/sarif-2.1.0.json'
import { buildEmptyReportInput, buildReportInput, pickFinding } from './fixture'
import { schemaErrors } from './schema'

const validate = (log: unknown) => schemaErrors(sarifSchema, '2020-12', log)

function render(input: ReportInput = buildReportInput()) {
  const log: Log = renderSarif(input)
  const run = log.runs[0]!
  const rules: ReportingDescriptor[] = run.tool.driver.rules ?? []
  const results: Result[] = run.results ?? []
  const resultFor = (findingId: string) => results.find((r) => r.properties?.finding_id === findingId)
  const rule = (id: string) => rules.find((r) => r.id === id)
  return { log, run, rules, results, resultFor, rule }
}

describe('renderSarif: schema', () => {
  it('is valid SARIF 2.1.0', ({ expect }) => {
    expect(validate(renderSarif(buildReportInput()))).toEqual([])
  })

  it('is valid with no findings', ({ expect }) => {
    expect(validate(renderSarif(buildEmptyReportInput()))).toEqual([])
  })

  it('is valid with the real rule catalog', ({ expect }) => {
    expect(validate(renderSarif(buildReportInput({ rules: ruleCatalog() })))).toEqual([])
  })

  it('rejects what the schema forbids, so the checks above mean something', ({ expect }) => {
    const log = renderSarif(buildReportInput()) as any
    log.runs[0].results[0].level = 'fatal'
    log.runs[0].results[1].suppressions = [{ kind: 'external', state: 'accepted' }]
    expect(validate(log).length).toBeGreaterThan(0)
  })
})

describe('renderSarif: tool and rules', () => {
  it('names the tool, its version and where to read about it', ({ expect }) => {
    const { log, run } = render()
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    expect(run.tool.driver).toMatchObject({ name: 'code-review-assistant', version: '1.4.0', informationUri: 'https://review.example.com/docs' })
    expect(run.automationDetails).toEqual({ id: 'code-review-assistant/cs_7f3a9c/' })
    expect(Object.keys(run.originalUriBaseIds ?? {})).toEqual(['%SRCROOT%'])
  })

  it('lists every catalog rule, plus rule ids only findings know, sorted by id', ({ expect }) => {
    const input = buildReportInput()
    const { rules } = render(input)
    const ids = rules.map((r) => r.id)
    expect(ids).toEqual([...input.rules.map((r) => r.id), 'ai/webhook-replay'].sort())
    expect(ids).toContain('hygiene/debugger-statement') // in the catalog, no finding
  })

  it('describes a catalog rule for code scanning', ({ expect }) => {
    const aws = render().rule('secrets/aws-access-key')!
    expect(aws).toMatchObject({
      name: 'SecretsAwsAccessKey',
      shortDescription: { text: 'AWS access key committed' },
      helpUri: 'https://review.example.com/docs/rules/secrets/aws-access-key',
      defaultConfiguration: { level: 'error' },
      properties: { category: 'security', tags: ['security', 'secrets', 'tier:core'], 'security-severity': '9.0', precision: 'high' },
    })
    expect(aws.fullDescription?.text).toContain('why it matters')
    expect(aws.help?.text).toContain('Bad:\n// secrets/aws-access-key: bad')
    expect(aws.help?.markdown).toContain('**Good**\n\n```\n// secrets/aws-access-key: good\ngood()\n```')
  })

  it('tags a rule with the CWE ids its metadata names', ({ expect }) => {
    const input = buildReportInput()
    input.rules = input.rules.map((r) => (r.id === 'secrets/aws-access-key' ? { ...r, cwe: ['CWE-798', 'CWE-1321'] } : r))
    const aws = render(input).rule('secrets/aws-access-key')!
    expect(aws.properties?.tags).toEqual(['security', 'secrets', 'tier:core', 'external/cwe/cwe-798', 'external/cwe/cwe-1321'])
  })

  it.for([
    ['secrets/aws-access-key', '9.0'],
    ['crypto/insecure-random', '7.0'],
    ['python/sql-injection', '9.0'],
    ['python/none-comparison', undefined],
    ['js/console-log', undefined],
  ] as const)('gives %s security-severity %s (security rules only)', ([id, expected], { expect }) => {
    const severity = render().rule(id)!.properties?.['security-severity']
    expect(severity).toBe(expected)
    if (expected !== undefined) expect(Number(severity)).not.toBeNaN()
  })

  it('synthesises a descriptor for an AI finding, without a docs link that would 404', ({ expect }) => {
    const ai = render().rule('ai/webhook-replay')!
    expect(ai).toMatchObject({
      name: 'AiWebhookReplay',
      defaultConfiguration: { level: 'error' },
      properties: { category: 'bug', tags: ['bug', 'ai'] },
    })
    expect(ai.helpUri).toBeUndefined()
    expect(ai.shortDescription?.text).toContain('AI reviewer')
  })

  it('clips examples that are whole files', ({ expect }) => {
    const big = { ...buildReportInput().rules[0]!, examples: { bad: 'x\n'.repeat(500), good: 'y\n' } }
    const { rules } = render(buildReportInput({ rules: [big] }))
    expect(rules.find((r) => r.id === big.id)!.help!.text!.split('\n').length).toBeLessThan(60)
  })
})

describe('renderSarif: results', () => {
  it('points every result at its rule by id and index', ({ expect }) => {
    const { rules, results } = render()
    expect(results.length).toBeGreaterThan(0)
    for (const result of results) expect(rules[result.ruleIndex!]!.id).toBe(result.ruleId)
  })

  it.for([
    ['secrets/aws-access-key', 'error'],
    ['python/sql-injection', 'error'],
    ['js/console-log', 'warning'],
    ['hygiene/todo-comment', 'note'],
  ] as const)('maps the severity of a %s finding to level %s', ([ruleId, level], { expect }) => {
    const input = buildReportInput()
    const result = render(input).resultFor(pickFinding(input, (f) => f.rule_id === ruleId).id)
    expect(result?.level).toBe(level)
  })

  it('uses the finding severity, not the rule default', ({ expect }) => {
    const input = buildReportInput()
    const none = pickFinding(input, (f) => f.rule_id === 'python/none-comparison') // rule says minor, finding says major
    expect(render(input).resultFor(none.id)?.level).toBe('error')
  })

  it('reports open and dismissed findings, not resolved ones', ({ expect }) => {
    const input = buildReportInput()
    const { results, resultFor } = render(input)
    const resolved = pickFinding(input, (f) => f.status === 'resolved')
    expect(resultFor(resolved.id)).toBeUndefined()
    expect(results.map((r) => r.properties?.status).sort()).toEqual([...Array(8).fill('open'), 'dismissed'].sort())
  })

  it('marks dismissed findings as accepted external suppressions with the reason', ({ expect }) => {
    const input = buildReportInput()
    const { results, resultFor } = render(input)
    const dismissed = pickFinding(input, (f) => f.status === 'dismissed')
    expect(resultFor(dismissed.id)?.suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'Fixture token signed with a throwaway key | not a secret' },
    ])
    for (const result of results.filter((r) => r.properties?.status === 'open')) expect(result.suppressions).toBeUndefined()
  })

  it('keeps the fingerprint under both keys', ({ expect }) => {
    const input = buildReportInput()
    const aws = pickFinding(input, (f) => f.rule_id === 'secrets/aws-access-key')
    expect(render(input).resultFor(aws.id)?.partialFingerprints).toEqual({
      primaryLocationLineHash: aws.fingerprint,
      'codeReviewAssistant/v1': aws.fingerprint,
    })
    for (const result of render(input).results) expect(result.partialFingerprints?.primaryLocationLineHash).toMatch(/\S/)
  })

  it('carries message, suggestion and finding metadata', ({ expect }) => {
    const input = buildReportInput()
    const ai = pickFinding(input, (f) => f.source === 'ai')
    const result = render(input).resultFor(ai.id)!
    expect(result.message.text).toBe(`${ai.message}\n\nSuggestion: ${ai.suggestion}`)
    expect(result.properties).toEqual({ source: 'ai', finding_id: ai.id, status: 'open', severity: 'major' })
  })

  it('states an explicit replacement line as such', ({ expect }) => {
    const input = buildReportInput()
    const none = pickFinding(input, (f) => f.rule_id === 'python/none-comparison')
    expect(render(input).resultFor(none.id)?.message.text).toBe(`${none.message}\n\nSuggested line:\n    if user is None:`)
  })
})

describe('renderSarif: locations', () => {
  it('gives line findings a region, with endLine for ranges', ({ expect }) => {
    const input = buildReportInput()
    const sql = pickFinding(input, (f) => f.rule_id === 'python/sql-injection')
    const aws = pickFinding(input, (f) => f.rule_id === 'secrets/aws-access-key')
    expect(render(input).resultFor(sql.id)?.locations).toEqual([
      { physicalLocation: { artifactLocation: { uri: 'app/db/users.py', uriBaseId: '%SRCROOT%' }, region: { startLine: 41, endLine: 43 } } },
    ])
    expect(render(input).resultFor(aws.id)?.locations?.[0]?.physicalLocation?.region).toEqual({ startLine: 12 })
  })

  it('gives a file-level finding its file and no region', ({ expect }) => {
    const input = buildReportInput()
    const big = pickFinding(input, (f) => f.file_path !== null && f.line === null)
    expect(render(input).resultFor(big.id)?.locations).toEqual([
      { physicalLocation: { artifactLocation: { uri: 'web/src/generated/schema.ts', uriBaseId: '%SRCROOT%' } } },
    ])
  })

  it('percent-encodes paths into URI references', ({ expect }) => {
    const input = buildReportInput()
    const log = pickFinding(input, (f) => f.rule_id === 'js/console-log')
    expect(render(input).resultFor(log.id)?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('web/src/pages/Checkout%20page.tsx')
  })

  // Code scanning rejects the whole upload when one result has no location (github/codeql-action#1738).
  it('keeps changeset-level findings out of results and lists them on the run', ({ expect }) => {
    const input = buildReportInput()
    const noTests = pickFinding(input, (f) => f.file_path === null)
    const { run, results, resultFor } = render(input)
    expect(resultFor(noTests.id)).toBeUndefined()
    for (const result of results) {
      expect(result.locations).toHaveLength(1)
      expect(result.locations![0]!.physicalLocation?.artifactLocation?.uri).toMatch(/\S/)
    }
    expect(run.properties?.changeset_level_findings).toEqual([
      { finding_id: noTests.id, rule_id: 'changeset/no-tests', level: 'warning', status: 'open', message: `${noTests.message}\n\nSuggestion: ${noTests.suggestion}` },
    ])
  })
})

describe('renderSarif: determinism', () => {
  it('renders the same input to the same JSON, whatever the finding order', ({ expect }) => {
    const input = buildReportInput()
    const first = JSON.stringify(renderSarif(input))
    expect(JSON.stringify(renderSarif(buildReportInput()))).toBe(first)
    expect(JSON.stringify(renderSarif({ ...input, findings: [...input.findings].reverse(), rules: [...input.rules].reverse() }))).toBe(first)
  })
})
