import fc from 'fast-check'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { describe, it } from 'vitest'
import { codeSpan, escapeText, formatBlock, formatInline } from '../../src/reports/markdown-escape'
import { renderMarkdown } from '../../src/reports/markdown'
import { renderRdjson } from '../../src/reports/rdjson'
import { renderSarif } from '../../src/reports/sarif'
import { buildReportInput, finding } from './fixture'

// GitHub-flavoured rendering with raw HTML passed through, as in markdown-render.test.ts.
const toHtml = (md: string) => micromark(md, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] })

const LINKY = [
  'see https://evil.example/login?next=1',
  'http://a.b and HTTPS://C.D',
  'visit www.evil.example now',
  'WWW.Evil.Example',
  'mail root@evil.example',
  'mailto:root@evil.example',
  'xmpp:bot@evil.example/res',
  '(https://evil.example)',
  'x@www.evil.example',
  'ftp://files.evil.example',
]

describe('autolinks', () => {
  it.for(LINKY)('%j renders without a link, as the same visible text', (text, { expect }) => {
    for (const md of [escapeText(text), formatInline(text), formatBlock(`${text}\n${text}`)]) {
      const html = toHtml(md)
      expect(html).not.toContain('<a')
      expect(html.replace(/<[^>]+>/g, '').replaceAll('&amp;', '&').trim().split('\n')[0]).toBe(text)
    }
  })

  it('no link anywhere in a report whose every text field is a URL, host or address', ({ expect }) => {
    const text = LINKY.join(' ')
    const base = buildReportInput()
    const input = {
      ...base,
      changeset: { ...base.changeset, title: text, description: `${text}\n\n${text}`, author: 'eve@evil.example', description_ai: text, warnings: [text] },
      findings: [
        ...base.findings,
        finding({ rule_id: 'js/console-log', severity: 'minor', category: 'maintainability', message: text, suggestion: text }),
        finding({ rule_id: 'secrets/jwt', severity: 'minor', category: 'security', message: text, status: 'dismissed', status_reason: text, status_by: 'www.evil.example' }),
      ],
    }
    expect(toHtml(renderMarkdown(input))).not.toContain('<a')
    // rdjson messages are Markdown too (reviewdog posts them as review comments).
    for (const d of renderRdjson(input).diagnostics) expect(toHtml(d.message)).not.toContain('<a')
  })

  it('code spans stay verbatim: no escapes inside them', ({ expect }) => {
    expect(formatInline('fetch `https://api.example/v1` for www.x')).toBe('fetch `https://api.example/v1` for www\\.x')
  })
})

describe('control characters', () => {
  const controls = '\u0000\u0001\u0007\u0008\u000b\u000c\u000e\u001b\u001f\u007f\u0085\u009b'
  const text = `bell${controls}end\u001b[31m red`

  it('never reach any report format; tabs and line breaks survive where they mean something', ({ expect }) => {
    const base = buildReportInput()
    const input = {
      ...base,
      changeset: { ...base.changeset, title: text, author: text, description: `${text}\nline two`, description_ai: text, warnings: [text] },
      findings: [
        ...base.findings,
        finding({ rule_id: 'js/console-log', severity: 'minor', category: 'maintainability', message: text, suggestion: `\`\`\`suggestion\n\t${text}\n\`\`\`` }),
        finding({ rule_id: 'js/console-log', severity: 'minor', category: 'maintainability', line: 9, message: text, status: 'dismissed', status_reason: text, status_by: text }),
      ],
    }
    const markdown = renderMarkdown(input)
    const json = [renderSarif(input), renderRdjson(input)]
    const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/
    expect(markdown).not.toMatch(CONTROL)
    // JSON would escape them (\u0000), but a consumer decodes them back: look at the strings.
    for (const doc of json) for (const value of strings(doc)) expect(value).not.toMatch(CONTROL)
    expect(markdown).toContain('bell\uFFFD')
    expect(markdown).toContain('\t') // the suggestion's indentation
    expect(markdown).toContain('line two')
  })
})

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

// The linear rewrites must agree with the obvious (quadratic) algorithms they replace.
const ALPHABET = ['`', '``', '```', 'a', 'b', ' ', '  ', '\n', '\r\n', '\t', '<', '*', '|', 'w', '.', ':', '/', '@', '\u00a0']
const textArb = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((parts) => parts.join(''))

function referenceFlatten(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim()
}

/** The previous formatInline: scan ahead from every opener for a closing run of its length. */
function referenceFormatInline(text: string, escape: (plain: string) => string, span: (code: string) => string): string {
  const flat = referenceFlatten(text)
  const runEnd = (at: number) => {
    let end = at
    while (flat[end] === '`') end++
    return end
  }
  const closing = (from: number, length: number) => {
    for (let search = from; ; ) {
      const at = flat.indexOf('`', search)
      if (at < 0) return -1
      const end = runEnd(at)
      if (end - at === length) return at
      search = end
    }
  }
  let out = ''
  let plainFrom = 0
  let pos = 0
  while (pos < flat.length) {
    const open = flat.indexOf('`', pos)
    if (open < 0) break
    const openEnd = runEnd(open)
    const close = closing(openEnd, openEnd - open)
    if (close < 0) {
      pos = openEnd
      continue
    }
    out += escape(flat.slice(plainFrom, open)) + span(flat.slice(openEnd, close))
    plainFrom = pos = close + (openEnd - open)
  }
  return out + escape(flat.slice(plainFrom))
}

describe('linear escaping agrees with the straightforward algorithms', () => {
  it('folds line breaks like /\\s*[\\r\\n]+\\s*/', ({ expect }) => {
    fc.assert(
      fc.property(textArb, (text) => {
        // No backticks, so formatInline is escape(flatten(text)); compare through the same escape.
        const plain = text.replaceAll('`', '')
        expect(formatInline(plain)).toBe(formatInline(referenceFlatten(plain)))
        expect(escapeText(plain)).toBe(escapeText(referenceFlatten(plain)))
      }),
      { numRuns: 500 },
    )
  })

  it('pairs code spans like scanning ahead from every opener', ({ expect }) => {
    // Plain text goes through the one-line path of formatInline itself (no backticks in it).
    const escape = (plain: string) => (plain === '' ? '' : formatInline(`x${plain}x`).slice(1, -1))
    fc.assert(
      fc.property(textArb, (text) => {
        expect(formatInline(text)).toBe(referenceFormatInline(text, escape, codeSpan))
      }),
      { numRuns: 500 },
    )
  })
})
