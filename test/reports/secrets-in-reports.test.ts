import { env } from 'cloudflare:workers'
import { describe, it } from 'vitest'
import { renderMarkdown } from '../../src/reports/markdown'
import { renderRdjson } from '../../src/reports/rdjson'
import { renderSarif } from '../../src/reports/sarif'
import { allRules } from '../../src/review/rules'
import { api, createTenantKey, submit, waitForStatus } from '../helpers'
import { LIVE } from '../review/live-secrets'
import { buildReportInput, finding } from './fixture'

const SECRETS = [
  { value: LIVE.github, prefix: 4 },
  { value: LIVE.stripe, prefix: 8 },
  { value: LIVE.aws, prefix: 4 },
  { value: LIVE.awsSecret, prefix: 0 },
]

/** Every 8-character run of any secret past its public prefix that shows up in `text`. */
function leaks(text: string): string[] {
  const found: string[] = []
  for (const { value, prefix } of SECRETS) {
    for (let i = prefix; i + 8 <= value.length; i++) if (text.includes(value.slice(i, i + 8))) found.push(value.slice(i, i + 8))
  }
  return found
}

describe('reports never carry a secret, whatever the rows hold', () => {
  // Rows written before masking existed, and free text people typed: every field holds a key.
  const s = `${LIVE.github} ${LIVE.stripe} ${LIVE.aws} aws_secret_access_key=${LIVE.awsSecret}`
  const base = buildReportInput()
  const input = {
    ...base,
    changeset: { ...base.changeset, title: `Rotate ${s}`, description: `Old keys:\n${s}`, author: LIVE.github, description_ai: s, warnings: [s] },
    findings: [
      ...base.findings,
      finding({ rule_id: 'js/console-log', severity: 'minor', category: 'maintainability', message: `\`console.log("${s}")\``, suggestion: `\`\`\`suggestion\nconsole.info("${s}")\n\`\`\`` }),
      finding({ rule_id: 'js/console-log', severity: 'minor', category: 'maintainability', line: 4, message: s, suggestion: s }),
      finding({ rule_id: 'hygiene/todo-comment', severity: 'info', category: 'maintainability', file_path: null, line: null, message: s }),
      finding({ rule_id: 'python/sql-injection', severity: 'major', category: 'security', line: 7, message: s, status: 'dismissed', status_reason: `test key ${s}`, status_by: s }),
      finding({ rule_id: 'ai/leak', severity: 'major', category: 'security', line: 9, source: 'ai', message: s, status: 'resolved', status_reason: s }),
    ],
  }

  it.for([
    ['markdown', () => renderMarkdown(input)],
    ['sarif', () => JSON.stringify(renderSarif(input))],
    ['rdjson', () => JSON.stringify(renderRdjson(input))],
  ] as const)('%s', ([, render], { expect }) => {
    const out = render()
    expect(leaks(out)).toEqual([])
    expect(out).toContain('ghp_…(40 chars)')
  })

  it('SARIF rule help shows rule examples masked, whatever catalog it is given', ({ expect }) => {
    const rules = allRules.map((rule) => rule.meta)
    const sarif = JSON.stringify(renderSarif({ ...input, rules }))
    // secrets/aws-access-key's bad example holds an AWS key id.
    const example = rules.find((r) => r.id === 'secrets/aws-access-key')!.examples.bad
    const key = /AKIA[A-Z0-9]{16}/.exec(example)![0]
    expect(sarif).not.toContain(key)
    expect(sarif).toContain('AKIA…(20 chars)')
  })
})

describe('GET /report through the API', () => {
  const code = [
    `// TODO: revoke ${LIVE.github} after the migration`,
    `console.log("stripe", "${LIVE.stripe}")`,
    `db.query("SELECT * FROM keys WHERE k = '${LIVE.aws}' AND u = " + req.query.id)`,
    `const awsSecret = "${LIVE.awsSecret}"`,
    'export {}',
  ].join('\n')
  const diff = `@@ -0,0 +1,5 @@\n${code.split('\n').map((l) => `+${l}`).join('\n')}\n`

  it('masks secrets in findings, free text, triage reasons and rows stored before masking, in all four formats', async ({ expect }) => {
    const key = await createTenantKey()
    const id = await submit(key, {
      title: `Rotate ${LIVE.github}`,
      description: `The old key was ${LIVE.aws}, with aws_secret_access_key=${LIVE.awsSecret}.`,
      author: 'ada',
      files: [{ file_path: 'src/app.js', diff_content: diff }],
      options: { profile: 'strict' },
    })
    await waitForStatus(key, id, 'reviewed')
    const page = await (await api(`/api/changesets/${id}/findings`, { key })).json<{ data: Array<{ id: string; rule_id: string; message: string }> }>()
    const ruleIds = new Set(page.data.map((f) => f.rule_id))
    for (const rule of ['hygiene/todo-comment', 'js/console-log', 'js/sql-injection']) expect(ruleIds, rule).toContain(rule)
    // The findings as stored are masked already (the engine masks them).
    expect(leaks(JSON.stringify(page.data))).toEqual([])

    const [first, second] = page.data
    const triage = await api(`/api/changesets/${id}/findings/${first!.id}`, {
      method: 'PATCH',
      key,
      body: JSON.stringify({ status: 'dismissed', reason: `rotated already: ${LIVE.stripe}` }),
    })
    expect(triage.status).toBe(200)
    // A row written before masking existed: raw key in message and suggestion.
    await env.DB.prepare('update findings set message = ?, suggestion = ? where id = ?')
      .bind(`legacy finding quoting "${LIVE.github}"`, `AWS_SECRET_ACCESS_KEY = "${LIVE.awsSecret}"`, second!.id)
      .run()

    for (const format of ['markdown', 'sarif', 'rdjson', 'json']) {
      const res = await api(`/api/changesets/${id}/report?format=${format}`, { key })
      expect(res.status).toBe(200)
      const body = await res.text()
      expect(leaks(body), format).toEqual([])
      if (format !== 'rdjson') expect(body, format).toContain('ghp_…(40 chars)')
    }
    // The findings API masks the legacy row and the typed triage reason on the way out too.
    const listed = await (await api(`/api/changesets/${id}/findings`, { key })).text()
    expect(leaks(listed)).toEqual([])
    expect(listed).toContain('ghp_…(40 chars)')
  }, 60_000)
})
