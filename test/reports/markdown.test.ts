import { describe, it } from 'vitest'
import { renderMarkdown } from '../../src/reports/markdown'
import type { ReportInput } from '../../src/reports/types'
import { buildEmptyReportInput, buildReportInput, finding } from './fixture'

/** The lines between a `## title` heading and the next `## ` heading. */
function section(md: string, title: string): string {
  const start = md.indexOf(`\n## ${title}`)
  if (start < 0) return ''
  const end = md.indexOf('\n## ', start + 1)
  return md.slice(start + 1, end < 0 ? undefined : end)
}

function withState(status: ReportInput['changeset']['status'], verdict: ReportInput['summary']['verdict']): ReportInput {
  const input = buildReportInput()
  return { ...input, changeset: { ...input.changeset, status }, summary: { ...input.summary, verdict } }
}

describe('renderMarkdown', () => {
  it('matches the committed report', async ({ expect }) => {
    await expect(renderMarkdown(buildReportInput())).toMatchFileSnapshot('./__snapshots__/report.md')
  })

  it('matches the committed report for a clean changeset', async ({ expect }) => {
    await expect(renderMarkdown(buildEmptyReportInput())).toMatchFileSnapshot('./__snapshots__/report-empty.md')
  })

  it('opens with the title and a line of facts', ({ expect }) => {
    const [title, blank, facts] = renderMarkdown(buildReportInput()).split('\n')
    expect(title).toBe('# Add payment webhook \\| retry `handler` &lt;b&gt;now&lt;/b&gt;')
    expect(blank).toBe('')
    expect(facts).toBe(
      '**Author:** alice · **Revision:** 2 · **Status:** reviewed · **Generated:** 2026-03-02T12:00:00.000Z · **Changeset:** `cs_7f3a9c`',
    )
  })

  it.for([
    ['reviewed', 'changes_requested', '## ❌ Changes requested'],
    ['reviewed', 'approved_with_comments', '## 💬 Approved with comments'],
    ['reviewed', 'approved', '## ✅ Approved'],
    ['in_progress', 'approved', '## ⏳ Review not finished'],
    ['pending', null, '## ⏳ Review not finished'],
    ['failed', null, '## ⚠️ Review failed'],
  ] as const)('shows a %s changeset with verdict %s as "%s"', ([status, verdict, heading], { expect }) => {
    const md = renderMarkdown(withState(status, verdict))
    expect(md.split('\n')[4]).toBe(heading)
  })

  it('says how many findings block the merge', ({ expect }) => {
    expect(renderMarkdown(buildReportInput())).toContain('4 critical or major findings must be fixed or dismissed before merging.')
  })

  it('keeps the description and the AI summary as escaped text', ({ expect }) => {
    const md = renderMarkdown(buildReportInput())
    expect(section(md, 'Description')).toBe(
      [
        '## Description',
        '',
        'Handles Stripe `checkout.session.completed` events.',
        '',
        '\\# Not a heading\\',
        '\\- not a list\\',
        '1\\. not a numbered list\\',
        '&lt;img src=x onerror=alert(1)&gt;',
        '',
      ].join('\n'),
    )
    expect(section(md, 'Summary')).toContain('Adds a webhook endpoint that marks orders paid')
    expect(section(md, 'Warnings')).toContain('- ⚠️ 1 file skipped: `web/package-lock.json` is generated.')
  })

  it('tabulates metrics, and categories that have findings', ({ expect }) => {
    const metrics = section(renderMarkdown(buildReportInput()), 'Metrics')
    for (const row of [
      '| Files reviewed | 7 |',
      '| Lines added | +412 |',
      '| Lines removed | -37 |',
      '| Open findings | 9 |',
      '| 🔴 Critical | 1 |',
      '| 🟠 Major | 3 |',
      '| 🟡 Minor | 4 |',
      '| 🔵 Info | 1 |',
      '| Security | 3 |',
      '| Testing | 1 |',
    ]) {
      expect(metrics).toContain(row)
    }
    expect(metrics).not.toContain('| Style |') // zero count
    expect(metrics).not.toContain('| Documentation |')
  })

  it('groups open findings by severity, then file, changeset-level first', ({ expect }) => {
    const open = section(renderMarkdown(buildReportInput()), 'Open findings (9)')
    const headings = open.split('\n').filter((l) => l.startsWith('###'))
    expect(headings).toEqual([
      '### 🔴 Critical (1)',
      '#### `src/config/aws.ts`',
      '### 🟠 Major (3)',
      '#### `app/db/users.py`',
      '#### `app/payments/webhook.py`',
      '### 🟡 Minor (4)',
      '#### Changeset',
      '#### `web/src/generated/schema.ts`',
      '#### `web/src/pages/Checkout page.tsx`',
      '#### `web/src/token.ts`',
      '### 🔵 Info (1)',
      '#### `app/db/users.py`',
    ])
    expect(open).toContain('- `app/db/users.py:41-43` `python/sql-injection` — SQL built with an f-string:')
    expect(open).toContain('- `web/src/generated/schema.ts` `hygiene/oversized-file` — File adds 1,240 lines in one go.')
    expect(open).toContain('- **Changeset** `changeset/no-tests` — Program logic changed in 3 files')
    expect(open).toContain('`ai/webhook-replay` _(AI reviewer)_ — Two deliveries')
  })

  it('shows code suggestions as code blocks and advice as text', ({ expect }) => {
    const md = renderMarkdown(buildReportInput())
    expect(md).toContain('  - **Suggestion:**\n\n    ```\n        if user is None:\n    ```')
    expect(md).toContain('  - **Suggestion:**\n\n    ```\n    crypto.getRandomValues(new Uint32Array(4)).join("")\n    ```')
    expect(md).toContain('  - **Suggestion:** Remove the call, or log the order id with the app logger.')
  })

  it('escapes finding text so it cannot inject HTML or break a table', ({ expect }) => {
    const md = renderMarkdown(buildReportInput())
    expect(md).not.toContain('<script>')
    expect(md).not.toMatch(/<(?:b|img|script)\b/)
    expect(md).toContain("`console.log(order)` prints the whole order \\| card data, e.g. &lt;script&gt;alert('pwned')&lt;/script&gt; from the name field.")
    for (const row of md.split('\n').filter((l) => l.startsWith('|'))) {
      expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(4) // two cells, no stray pipes
    }
  })

  it('fences code spans so backticks in messages and paths stay inside them', ({ expect }) => {
    const nasty = finding({
      rule_id: 'js/console-log', severity: 'minor', category: 'maintainability',
      file_path: 'src/we`ird|path.ts', line: 3,
      message: 'Unclosed ` tick, a ``double `` span and <b>bold</b>',
    })
    const md = renderMarkdown(buildReportInput({ findings: [nasty] }))
    expect(md).toContain('- ``src/we`ird|path.ts:3`` `js/console-log` — Unclosed \\` tick, a `double` span and &lt;b&gt;bold&lt;/b&gt;')
  })

  it('names the weakness after the rule when the finding carries CWE ids', ({ expect }) => {
    const sql = finding({ rule_id: 'python/sql-injection', severity: 'critical', category: 'security', file_path: 'app/db.py', line: 5, message: 'SQL built from request data.', cwe: ['CWE-89'] })
    const lint = finding({ rule_id: 'hygiene/todo-comment', severity: 'info', category: 'maintainability', file_path: 'app/db.py', line: 9, message: 'TODO left.', cwe: [] })
    const md = renderMarkdown(buildReportInput({ findings: [sql, lint] }))
    expect(md).toContain('- `app/db.py:5` `python/sql-injection` (CWE-89) — SQL built from request data.')
    expect(md).toContain('- `app/db.py:9` `hygiene/todo-comment` — TODO left.')
  })

  it('lists resolved findings briefly', ({ expect }) => {
    expect(section(renderMarkdown(buildReportInput()), 'Resolved (1)')).toBe(
      '## Resolved (1)\n\n- `web/src/cart.ts:19` `js/loose-equality` — `==` compares with type coercion. _(resolved; last seen in revision 1)_\n',
    )
  })

  it('lists dismissed findings with who dismissed them, when and why', ({ expect }) => {
    expect(section(renderMarkdown(buildReportInput()), 'Dismissed (1)')).toBe(
      [
        '## Dismissed (1)',
        '',
        '- `tests/fixtures/tokens.py:3` `secrets/jwt` — Signed JWT committed.',
        '  - Dismissed by **dana** on 2026-03-02: Fixture token signed with a throwaway key \\| not a secret',
      ].join('\n') + '\n',
    )
    const silent = finding({ rule_id: 'secrets/jwt', severity: 'major', category: 'security', status: 'dismissed' })
    expect(renderMarkdown(buildReportInput({ findings: [silent] }))).toContain('  - Dismissed: _no reason given_')
  })

  it('handles a changeset with no findings', ({ expect }) => {
    const md = renderMarkdown(buildEmptyReportInput())
    expect(md).toContain('## ✅ Approved\n\nNo open findings.')
    expect(md).toContain('## Open findings (0)\n\nNo open findings.')
    expect(md).toContain('| Open findings | 0 |')
    expect(md).not.toContain('| Category |')
    expect(md).not.toContain('## Resolved')
    expect(md).not.toContain('## Dismissed')
    expect(md).not.toContain('## Description')
    expect(md.endsWith('\n')).toBe(true)
    expect(md).not.toMatch(/\n{3,}/)
  })

  it('renders the same input to the same text, whatever the finding order', ({ expect }) => {
    const input = buildReportInput()
    expect(renderMarkdown({ ...input, findings: [...input.findings].reverse() })).toBe(renderMarkdown(input))
  })
})
