import { exports } from 'cloudflare:workers'
import { describe, it } from 'vitest'
import { ruleCatalog } from '../../src/review'
import { renderRdjson } from '../../src/reports/rdjson'
import { renderSarif } from '../../src/reports/sarif'
import { buildReportInput } from './fixture'

const ORIGIN = 'http://review.test'

// The links travel into GitHub and PR comments: each must open the rule's page on this worker.
describe('rule help links', () => {
  it('open the rule pages the worker serves', async ({ expect }) => {
    const input = buildReportInput({ rules: ruleCatalog(), origin: ORIGIN })
    const sarifLinks = renderSarif(input).runs[0]!.tool.driver.rules!.flatMap((r) => (r.helpUri ? [r.helpUri] : []))
    const rdjsonLinks = renderRdjson(input).diagnostics.flatMap((d) => (d.code.url ? [d.code.url] : []))
    expect(sarifLinks).toHaveLength(input.rules.length)
    const failing: string[] = []
    for (const link of new Set([...sarifLinks, ...rdjsonLinks])) {
      const res = await exports.default.fetch(new Request(link))
      await res.body?.cancel()
      if (res.status !== 200) failing.push(`${res.status} ${link}`)
    }
    expect(failing).toEqual([])
  })
})
