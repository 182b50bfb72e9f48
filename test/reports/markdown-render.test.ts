import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { describe, it } from 'vitest'
import { renderMarkdown } from '../../src/reports/markdown'
import { buildReportInput, finding } from './fixture'

// Rendered the way GitHub does (CommonMark + GFM) but with raw HTML passed through, so any
// escaping we miss shows up as a real element instead of being sanitised away.
const toHtml = (md: string) => micromark(md, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] })

const nasty = finding({
  rule_id: 'js/console-log', severity: 'minor', category: 'maintainability',
  file_path: 'src/we`ird|path.ts', line: 3,
  message: '`code | pipe` then <img src=x onerror=alert(1)> **not bold** [link](https://evil.example) and a stray ` tick',
  suggestion: '</li></ul><script>alert(1)</script>',
})

describe('renderMarkdown, rendered', () => {
  it('produces no HTML elements from user text', ({ expect }) => {
    const input = buildReportInput()
    const html = toHtml(renderMarkdown({ ...input, findings: [...input.findings, nasty] }))
    expect(html).not.toMatch(/<(?:script|img|b|iframe)\b/)
    // GFM turns a bare URL into a link, as GitHub does; no link may show text other than its target.
    for (const [, href, text] of html.matchAll(/<a href="([^"]*)">(.*?)<\/a>/g)) expect(text).toBe(href)
    expect(html).not.toContain('<a href="https://evil.example">link</a>')
    expect(html).toContain('&lt;script&gt;alert(\'pwned\')&lt;/script&gt;')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; **not bold** [link](')
    expect(html).toContain('<code>src/we`ird|path.ts:3</code>')
    expect(html).toContain('<code>code | pipe</code>')
  })

  it('keeps the document outline: only our headings, lists and tables', ({ expect }) => {
    const html = toHtml(renderMarkdown(buildReportInput()))
    const headings = [...html.matchAll(/<h([1-4])>(.*?)<\/h\1>/g)].map((m) => `${m[1]} ${m[2]}`)
    expect(headings.slice(0, 7)).toEqual([
      '1 Add payment webhook | retry <code>handler</code> &lt;b&gt;now&lt;/b&gt;',
      '2 ❌ Changes requested',
      '2 Description',
      '2 Summary',
      '2 Warnings',
      '2 Metrics',
      '2 Open findings (9)',
    ])
    const description = html.slice(html.indexOf('<h2>Description</h2>') + '<h2>Description</h2>'.length, html.indexOf('<h2>Summary</h2>'))
    expect(description).not.toMatch(/<(?:h\d|ul|ol|li|blockquote|hr)\b/)
    expect(description).toContain('# Not a heading<br />\n- not a list<br />\n1. not a numbered list')
  })

  it('renders both tables with exactly two cells a row', ({ expect }) => {
    const html = toHtml(renderMarkdown(buildReportInput()))
    const tables = [...html.matchAll(/<table>[\s\S]*?<\/table>/g)].map((m) => m[0])
    expect(tables).toHaveLength(2)
    for (const table of tables) {
      for (const row of table.match(/<tr>[\s\S]*?<\/tr>/g) ?? []) expect(row.match(/<t[hd]\b/g)).toHaveLength(2)
    }
  })

  it('nests suggestion code blocks under their finding', ({ expect }) => {
    const html = toHtml(renderMarkdown(buildReportInput()))
    expect(html).toMatch(/<li>\s*<p><strong>Suggestion:<\/strong><\/p>\s*<pre><code> {4}if user is None:\n<\/code><\/pre>\s*<\/li>/)
  })
})
