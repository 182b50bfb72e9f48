import { describe, it } from 'vitest'
import { MAX_REPORT_FINDINGS } from '../../src/reports/load-report'
import { api, createTenantKey, postJson, submit, waitForStatus, type TestKey } from '../helpers'

// Findings pile up across revisions (a fixed finding stays as `resolved`); reports cover the
// latest reviewed revision by default and hold at most MAX_REPORT_FINDINGS, saying so inside.

/** A JS file whose every line is a distinct `console.log`, so each revision has its own findings. */
function logs(tag: string, count: number): string {
  const lines = Array.from({ length: count }, (_, i) => `+console.log("${tag}", ${i})`)
  return `@@ -0,0 +1,${count} @@\n${lines.join('\n')}\n`
}

async function revise(key: TestKey, id: string, revision: number, diff: string) {
  const res = await postJson(`/api/changesets/${id}/revisions`, key, { files: [{ file_path: 'src/app.js', diff_content: diff }] })
  if (res.status !== 202) throw new Error(`revision rejected: ${res.status} ${await res.text()}`)
  await waitForStatus(key, id, 'reviewed', 30_000)
  const view = await (await api(`/api/changesets/${id}`, { key })).json<{ revision: number }>()
  if (view.revision !== revision) throw new Error(`expected revision ${revision}, got ${view.revision}`)
}

interface JsonReport {
  findings: Array<{ rule_id: string; status: string; last_revision: number }>
  coverage: { scope: string; revision: number; shown: number; in_scope: number; total: number; max: number; findings_url: string }
}

async function report(key: TestKey, id: string, format: string, query = ''): Promise<string> {
  const res = await api(`/api/changesets/${id}/report?format=${format}${query}`, { key })
  if (res.status !== 200) throw new Error(`report ${format}: ${res.status} ${await res.text()}`)
  return res.text()
}

describe('report coverage', () => {
  it('covers the latest revision (its findings and the ones it resolved); ?scope=all covers every revision', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key, { title: 'Logging', author: 'ada', options: { profile: 'strict' }, files: [{ file_path: 'src/app.js', diff_content: logs('one', 5) }] })
    await waitForStatus(key, id, 'reviewed')
    await revise(key, id, 2, logs('two', 5))
    await revise(key, id, 3, logs('three', 5))

    const all = JSON.parse(await report(key, id, 'json', '&scope=all')) as JsonReport
    const latest = JSON.parse(await report(key, id, 'json')) as JsonReport
    expect(all.coverage).toMatchObject({ scope: 'all', shown: all.findings.length, in_scope: all.findings.length, total: all.findings.length })
    expect(latest.coverage).toMatchObject({ scope: 'latest', revision: 3, shown: latest.findings.length, in_scope: latest.findings.length, total: all.coverage.total })
    expect(latest.coverage).toMatchObject({ max: MAX_REPORT_FINDINGS, findings_url: `/api/changesets/${id}/findings` })
    // Revision 3's five open findings and the five of revision 2 it resolved; revision 1's are history.
    const logsIn = (r: JsonReport) => r.findings.filter((f) => f.rule_id === 'js/console-log').map((f) => `${f.status}@${f.last_revision}`).sort()
    expect(logsIn(latest)).toEqual([...Array(5).fill('open@3'), ...Array(5).fill('resolved@2')])
    expect(logsIn(all)).toEqual([...Array(5).fill('open@3'), ...Array(5).fill('resolved@1'), ...Array(5).fill('resolved@2')])
    expect(all.coverage.total - latest.coverage.in_scope).toBe(5)

    const markdown = await report(key, id, 'markdown')
    expect(markdown).toContain('This report covers revision 3, the latest reviewed; 5 findings from earlier revisions are left out')
    expect(markdown).toContain(`\`GET /api/changesets/${id}/findings\``)
    expect(markdown).toMatch(/## Resolved \(5\)/)
    const sarif = JSON.parse(await report(key, id, 'sarif')) as { runs: Array<{ properties: { report_coverage: JsonReport['coverage'] } }> }
    expect(sarif.runs[0]!.properties.report_coverage).toEqual(latest.coverage)
    expect(await report(key, id, 'markdown', '&scope=all')).not.toContain('left out')
    expect((await api(`/api/changesets/${id}/report?scope=everything`, { key })).status).toBe(422)
  }, 60_000)

  it(`holds at most ${MAX_REPORT_FINDINGS} findings, open ones first, and says "showing N of M" in every format that can`, async ({ expect }) => {
    const key = await createTenantKey()
    const count = MAX_REPORT_FINDINGS
    const id = await submit(key, { title: 'Noisy', author: 'ada', options: { profile: 'strict' }, files: [{ file_path: 'src/app.js', diff_content: logs('one', count) }] })
    await waitForStatus(key, id, 'reviewed', 30_000)
    await revise(key, id, 2, logs('two', count))

    const json = JSON.parse(await report(key, id, 'json')) as JsonReport
    const { coverage } = json
    expect(coverage.in_scope).toBeGreaterThan(MAX_REPORT_FINDINGS)
    expect(coverage.shown).toBe(MAX_REPORT_FINDINGS)
    expect(json.findings).toHaveLength(MAX_REPORT_FINDINGS)
    // The cut drops history (resolved) before anything open.
    expect(json.findings.every((f) => f.status === 'open')).toBe(true)

    const markdown = await report(key, id, 'markdown')
    expect(markdown).toContain(`Showing ${MAX_REPORT_FINDINGS} of ${coverage.in_scope} findings: a report holds at most ${MAX_REPORT_FINDINGS}`)
    const sarif = JSON.parse(await report(key, id, 'sarif')) as { runs: Array<{ results: unknown[]; properties: { report_coverage: JsonReport['coverage'] } }> }
    expect(sarif.runs[0]!.properties.report_coverage).toMatchObject({ shown: MAX_REPORT_FINDINGS, in_scope: coverage.in_scope })
    expect(sarif.runs[0]!.results.length).toBeLessThanOrEqual(MAX_REPORT_FINDINGS)
    const rdjson = JSON.parse(await report(key, id, 'rdjson')) as { diagnostics: unknown[] }
    expect(rdjson.diagnostics.length).toBeLessThanOrEqual(MAX_REPORT_FINDINGS)
  }, 120_000)
})
