import { env } from 'cloudflare:workers'
import { describe, it } from 'vitest'
import { runBatch } from '../../src/db/batch'
import { upsertFindingsStatements } from '../../src/db/findings-commit'
import type { Finding } from '../../src/review/types'
import { api, createTenantKey, postJson, submit, waitForStatus, type TestKey } from '../helpers'

// A finding on a statement that spans lines carries both ends, from the engine through D1 to
// the API and every report; a one-line finding has `end_line: null`. Real API, D1 and queue.

type Json = Record<string, any>

const QUERY = [
  'def find(cursor, name):',
  '    cursor.execute(',
  '        f"SELECT * FROM users WHERE name = \'{name}\'"',
  '    )',
  '',
  'def find_one(cursor, uid):',
  '    cursor.execute(f"SELECT * FROM users WHERE id = {uid}")',
]

const added = (lines: string[]) => `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}\n`

async function sqlFindings(key: TestKey, id: string): Promise<Json[]> {
  const res = await api(`/api/changesets/${id}/findings?rule_id=python/sql-injection`, { key })
  if (res.status !== 200) throw new Error(`findings: ${res.status} ${await res.text()}`)
  return (await res.json<{ data: Json[] }>()).data.sort((a, b) => a.line - b.line)
}

async function report(key: TestKey, id: string, format: string): Promise<string> {
  const res = await api(`/api/changesets/${id}/report?format=${format}`, { key })
  if (res.status !== 200) throw new Error(`report: ${res.status} ${await res.text()}`)
  return res.text()
}

async function reviewedQuery(key: TestKey): Promise<string> {
  const id = await submit(key, { title: 'User queries', author: 'ada', files: [{ file_path: 'app/q.py', diff_content: added(QUERY) }] })
  await waitForStatus(key, id, 'reviewed', 30_000)
  return id
}

describe('end_line: a multi-line statement keeps both ends', { timeout: 30_000 }, () => {
  it('the API gives line and end_line for the three-line call, end_line null for the one-line call', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await reviewedQuery(key)
    expect(await sqlFindings(key, id)).toMatchObject([
      { file_path: 'app/q.py', line: 2, end_line: 4 },
      { file_path: 'app/q.py', line: 7, end_line: null },
    ])
  })

  it('SARIF regions, rdjson ranges and Markdown locations span the statement', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await reviewedQuery(key)

    const sarif = JSON.parse(await report(key, id, 'sarif'))
    const regions = sarif.runs[0].results
      .filter((r: Json) => r.ruleId === 'python/sql-injection')
      .map((r: Json) => r.locations[0].physicalLocation.region)
      .sort((a: Json, b: Json) => a.startLine - b.startLine)
    expect(regions).toEqual([{ startLine: 2, endLine: 4 }, { startLine: 7 }])

    const rdjson = JSON.parse(await report(key, id, 'rdjson'))
    const ranges = rdjson.diagnostics
      .filter((d: Json) => d.code.value === 'python/sql-injection')
      .map((d: Json) => d.location.range)
      .sort((a: Json, b: Json) => a.start.line - b.start.line)
    expect(ranges).toEqual([
      { start: { line: 2 }, end: { line: 4 } },
      { start: { line: 7 }, end: { line: 7 } },
    ])

    const markdown = await report(key, id, 'markdown')
    expect(markdown).toContain('`app/q.py:2-4` `python/sql-injection`')
    expect(markdown).toContain('`app/q.py:7` `python/sql-injection`')

    const json = JSON.parse(await report(key, id, 'json'))
    const fromJson = json.findings.filter((f: Json) => f.rule_id === 'python/sql-injection').map((f: Json) => [f.line, f.end_line])
    expect(fromJson.sort((a: number[], b: number[]) => a[0]! - b[0]!)).toEqual([[2, 4], [7, null]])
  })

  it('a line shift moves both ends and keeps the finding (same id, fingerprint and triage)', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await reviewedQuery(key)
    const [multi, single] = await sqlFindings(key, id)
    const triage = await api(`/api/changesets/${id}/findings/${multi!.id}`, { key, method: 'PATCH', body: JSON.stringify({ status: 'dismissed', reason: 'names are validated upstream' }) })
    expect(triage.status).toBe(200)

    const shifted = ['import logging', 'log = logging.getLogger(__name__)', '', ...QUERY]
    const rev = await postJson(`/api/changesets/${id}/revisions`, key, { files: [{ file_path: 'app/q.py', diff_content: added(shifted) }] })
    expect(rev.status).toBe(202)
    await waitForStatus(key, id, 'reviewed', 30_000)
    expect(await sqlFindings(key, id)).toEqual([
      { ...multi, line: 5, end_line: 7, last_revision: 2, status: 'dismissed', status_reason: 'names are validated upstream', status_by: expect.any(String), status_at: expect.any(String) },
      { ...single, line: 10, last_revision: 2 },
    ])
  })
})

describe('end_line when findings are committed', { timeout: 30_000 }, () => {
  it('stores null for a one-line range a rule reported as end_line = line', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await reviewedQuery(key)
    const base: Finding = {
      ruleId: 'test/range', severity: 'info', category: 'bug', filePath: 'app/q.py', line: 3, endLine: 3,
      message: 'm', suggestion: null, fingerprint: 'range-a', source: 'rule',
    }
    let n = 0
    await runBatch(env.DB, upsertFindingsStatements({
      changesetId: id, tenantId: key.tenantId, revision: 1, now: new Date().toISOString(), newId: () => `end-line-${id}-${n++}`,
      findings: [base, { ...base, endLine: 5, fingerprint: 'range-b' }, { ...base, endLine: null, fingerprint: 'range-c' }],
    }))
    const rows = await env.DB.prepare("select fingerprint, end_line from findings where changeset_id = ? and rule_id = 'test/range' order by fingerprint").bind(id).all()
    expect(rows.results).toEqual([
      { fingerprint: 'range-a', end_line: null },
      { fingerprint: 'range-b', end_line: 5 },
      { fingerprint: 'range-c', end_line: null },
    ])
  })
})
