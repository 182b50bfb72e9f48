import v1 from '../fixtures/changesets/app-v1.diff?raw'
import sarifSchema from '../fixtures/schemas/sarif-2.1.0.json'
import rdjsonSchema from '../fixtures/schemas/rdjson-DiagnosticResult.json'
import { describe, it } from 'vitest'
import { schemaErrors } from '../reports/schema'
import { api, createTenantKey, submit, waitForStatus, type TestKey } from '../helpers'

async function reviewedWithDismissal(key: TestKey) {
  // strict: loose equality, the finding dismissed here, is a strict-profile rule
  const id = await submit(key, { title: 'User lookup | search', author: 'ada', diff: v1, options: { profile: 'strict' } })
  await waitForStatus(key, id, 'reviewed')
  const page = await (await api(`/api/changesets/${id}/findings?rule_id=js/loose-equality`, { key })).json<{ data: Array<{ id: string }> }>()
  await api(`/api/changesets/${id}/findings/${page.data[0]!.id}`, {
    method: 'PATCH',
    key,
    body: JSON.stringify({ status: 'dismissed', reason: 'count is always a number here' }),
  })
  return id
}

describe('GET /api/changesets/{id}/report', () => {
  it('Markdown by default: verdict, metrics, findings by severity with path:line, dismissed with reasons', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await reviewedWithDismissal(key)
    const res = await api(`/api/changesets/${id}/report`, { key })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/markdown')
    const md = await res.text()
    expect(md).toMatch(/^# User lookup \\\| search/m)
    expect(md).toMatch(/changes requested/i)
    expect(md).toContain('app/db.py:9')
    expect(md).toContain('python/sql-injection')
    expect(md).toMatch(/Dismissed[\s\S]*count is always a number here/)
    expect(md).not.toContain('AKIAZ7QJXV3KD2LMPQ4R')
  })

  it('SARIF 2.1.0 valid against the official schema, with suppressions for dismissed findings', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await reviewedWithDismissal(key)
    const res = await api(`/api/changesets/${id}/report?format=sarif`, { key })
    expect(res.headers.get('content-type')).toBe('application/sarif+json')
    const sarif = await res.json<Record<string, any>>()
    expect(schemaErrors(sarifSchema, '2020-12', sarif)).toEqual([])
    const run = sarif.runs[0]
    const results: Array<Record<string, any>> = run.results
    const sql = results.find((r) => r.ruleId === 'python/sql-injection')!
    expect(sql.level).toBe('error')
    expect(sql.locations[0].physicalLocation.region.startLine).toBe(9)
    expect(sql.partialFingerprints).toBeDefined()
    expect(results.find((r) => r.ruleId === 'js/loose-equality')!.suppressions[0]).toMatchObject({ kind: 'external', justification: 'count is always a number here' })
    expect(run.tool.driver.rules.length).toBeGreaterThanOrEqual(50)
  })

  it('reviewdog rdjson valid against its schema; negotiates by Accept; JSON in the API shape', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await reviewedWithDismissal(key)
    const rd = await (await api(`/api/changesets/${id}/report?format=rdjson`, { key })).json<Record<string, any>>()
    expect(schemaErrors(rdjsonSchema, '4', rd)).toEqual([])
    expect(rd.diagnostics.every((d: Record<string, any>) => d.code.value !== 'js/loose-equality')).toBe(true)
    const viaAccept = await api(`/api/changesets/${id}/report`, { key, headers: { accept: 'application/sarif+json' } })
    expect(viaAccept.headers.get('content-type')).toBe('application/sarif+json')
    const json = await (await api(`/api/changesets/${id}/report`, { key, headers: { accept: 'application/json' } })).json<Record<string, any>>()
    expect(json.changeset).toMatchObject({ id, status: 'reviewed' })
    expect(json.findings.length).toBe(json.changeset.summary.findings_total)
    const download = await api(`/api/changesets/${id}/report?format=markdown&download=true`, { key })
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="code_review_report.md"')
  })

  it('404 for unknown or foreign changesets, 422 for unknown formats', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key)
    expect((await api(`/api/changesets/${id}/report?format=pdf`, { key })).status).toBe(422)
    expect((await api('/api/changesets/nope/report', { key })).status).toBe(404)
    const stranger = await createTenantKey()
    expect((await api(`/api/changesets/${id}/report?format=sarif`, { key: stranger })).status).toBe(404)
  })
})
