// Schema: test/fixtures/schemas/rdjson-DiagnosticResult.json, reviewdog's Reviewdog Diagnostic
// Format schema for rdjson (`DiagnosticResult`, JSON Schema draft-04), copied verbatim from
// github.com/reviewdog/reviewdog proto/rdf/jsonschema/DiagnosticResult.json at commit
// 08614ef9c4095bcacfda60090a70da8834e17019. sha256 da0f36e5766961377e107dd3a08932eb8baed58bf3c50efd35ed6eaad265a165
import { describe, it } from 'vitest'
import { renderRdjson } from '../../src/reports/rdjson'
import type { ReportFinding } from '../../src/reports/types'
import rdjsonSchema from '../fixtures/schemas/rdjson-DiagnosticResult.json'
import { buildEmptyReportInput, buildReportInput, finding, pickFinding } from './fixture'
import { schemaErrors } from './schema'

const validate = (doc: unknown) => schemaErrors(rdjsonSchema, '4', doc)

/** The diagnostic rendered for `f`, found by rule and path (rdjson has no finding ids). */
function diagnosticFor(f: ReportFinding, findings: ReportFinding[] = [f]) {
  const result = renderRdjson(buildReportInput({ findings }))
  return result.diagnostics.find((d) => d.code.value === f.rule_id && d.location.path === f.file_path)
}

describe('renderRdjson: schema', () => {
  it('is a valid rdjson DiagnosticResult', ({ expect }) => {
    expect(validate(renderRdjson(buildReportInput()))).toEqual([])
    expect(validate(renderRdjson(buildEmptyReportInput()))).toEqual([])
  })

  it('rejects what the schema forbids, so the check above means something', ({ expect }) => {
    const doc = renderRdjson(buildReportInput()) as any
    doc.diagnostics[0].severity = 'FATAL'
    doc.diagnostics[1].location.range.start.line = 'twelve'
    expect(validate(doc).length).toBeGreaterThan(0)
  })
})

describe('renderRdjson: which findings', () => {
  it('posts open findings that have a file, nothing else', ({ expect }) => {
    const input = buildReportInput()
    const expected = input.findings.filter((f) => f.status === 'open' && f.file_path !== null)
    const { diagnostics } = renderRdjson(input)
    expect(diagnostics).toHaveLength(expected.length)
    const posted = diagnostics.map((d) => `${d.code.value} ${d.location.path}`)
    for (const f of input.findings.filter((f) => f.status !== 'open' || f.file_path === null)) {
      expect(posted).not.toContain(`${f.rule_id} ${f.file_path}`)
    }
  })

  it('names the source and the overall severity', ({ expect }) => {
    const result = renderRdjson(buildReportInput())
    expect(result.source).toEqual({ name: 'code-review-assistant', url: 'https://review.example.com' })
    expect(result.severity).toBe('ERROR')
    expect(renderRdjson(buildEmptyReportInput()).severity).toBe('INFO')
    const minorOnly = finding({ rule_id: 'js/console-log', severity: 'minor', category: 'maintainability' })
    expect(renderRdjson(buildReportInput({ findings: [minorOnly] })).severity).toBe('WARNING')
  })
})

describe('renderRdjson: diagnostics', () => {
  it.for([
    ['critical', 'ERROR'],
    ['major', 'ERROR'],
    ['minor', 'WARNING'],
    ['info', 'INFO'],
  ] as const)('maps %s to %s', ([severity, expected], { expect }) => {
    const f = finding({ rule_id: 'js/console-log', severity, category: 'maintainability' })
    expect(diagnosticFor(f)?.severity).toBe(expected)
  })

  it('links catalog rules to their docs, and AI rules to nothing', ({ expect }) => {
    const input = buildReportInput()
    const aws = pickFinding(input, (f) => f.rule_id === 'secrets/aws-access-key')
    const ai = pickFinding(input, (f) => f.source === 'ai')
    expect(diagnosticFor(aws)?.code).toEqual({ value: 'secrets/aws-access-key', url: 'https://review.example.com/docs/rules/secrets/aws-access-key' })
    expect(diagnosticFor(ai)?.code).toEqual({ value: 'ai/webhook-replay' })
    expect(diagnosticFor(ai)?.message).toContain('_(AI reviewer)_')
  })

  it('uses line ranges without columns, and no range for file-level findings', ({ expect }) => {
    const input = buildReportInput()
    const sql = pickFinding(input, (f) => f.rule_id === 'python/sql-injection')
    const big = pickFinding(input, (f) => f.rule_id === 'hygiene/oversized-file')
    expect(diagnosticFor(sql)?.location).toEqual({ path: 'app/db/users.py', range: { start: { line: 41 }, end: { line: 43 } } })
    expect(diagnosticFor(big)?.location).toEqual({ path: 'web/src/generated/schema.ts' })
  })

  it('escapes messages, since reviewdog posts them as Markdown', ({ expect }) => {
    const input = buildReportInput()
    const log = pickFinding(input, (f) => f.rule_id === 'js/console-log')
    const message = diagnosticFor(log)!.message
    expect(message).not.toContain('<script>')
    expect(message).toContain('&lt;script&gt;')
    expect(message).toContain('order \\| card data')
    expect(message).toContain('`console.log(order)`')
  })
})

describe('renderRdjson: suggestions', () => {
  const marked = (overrides: Partial<ReportFinding>) =>
    finding({ rule_id: 'python/none-comparison', severity: 'minor', category: 'bug', line: 57, suggestion: '```suggestion\n    if user is None:\n```', ...overrides })

  it('turns a marked single-line replacement into a suggestion on that exact line', ({ expect }) => {
    const d = diagnosticFor(marked({}))!
    expect(d.suggestions).toEqual([{ range: { start: { line: 57 }, end: { line: 57 } }, text: '    if user is None:' }])
    expect(d.location.range).toEqual(d.suggestions![0]!.range) // reviewdog requires the same lines
    expect(d.message).not.toContain('suggestion')
  })

  it.for([
    ['prose', { suggestion: 'Use `is None` instead.' }],
    ['a bare code span (quoted lines lose their indentation)', { suggestion: '`if user is None:`' }],
    ['code-looking text', { suggestion: 'user_id = int(request.args["id"])' }],
    ['a multi-line block', { suggestion: '```suggestion\n    if user is None:\n        return\n```' }],
    ['a blank block', { suggestion: '```suggestion\n   \n```' }],
    ['another block language', { suggestion: '```python\n    if user is None:\n```' }],
    ['a multi-line finding', { end_line: 58 }],
    ['a file-level finding', { line: null }],
  ] as const)('makes no suggestion from %s', ([, overrides], { expect }) => {
    const d = diagnosticFor(marked(overrides))!
    expect(d).toBeDefined()
    expect(d.suggestions).toBeUndefined()
  })

  it('keeps unapplied suggestions in the message', ({ expect }) => {
    const prose = diagnosticFor(marked({ suggestion: 'Use `is None` instead.' }))!
    expect(prose.message).toContain('**Suggestion:** Use `is None` instead.')
    const code = diagnosticFor(marked({ suggestion: 'user_id = int(request.args["id"])' }))!
    expect(code.message).toContain('**Suggestion:**\n\n```\nuser_id = int(request.args["id"])\n```')
  })
})

describe('renderRdjson: determinism', () => {
  it('renders the same input to the same JSON, whatever the finding order', ({ expect }) => {
    const input = buildReportInput()
    const first = JSON.stringify(renderRdjson(input))
    expect(JSON.stringify(renderRdjson({ ...input, findings: [...input.findings].reverse() }))).toBe(first)
  })
})
