import { describe, it } from 'vitest'
import { renderMarkdown } from '../../src/reports/markdown'
import { renderRdjson } from '../../src/reports/rdjson'
import { renderSarif } from '../../src/reports/sarif'
import type { ReportInput } from '../../src/reports/types'
import { buildReportInput, finding } from './fixture'

// Every regex a report runs (escaping, suggestion parsing, secret masking, control characters)
// gets input shaped to make a backtracking engine retry from every position. Rendering must stay
// within a fixed factor of ordinary prose of the same length: linear work with a bigger constant
// (text dense with escapes or secret-like assignments) stays well inside it, while the quadratic
// patterns this guards against cost 25-1000x at this size.
const SIZE = 20_000
const FACTOR = 10

const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE)

function distinctBacktickRuns(): string {
  let out = ''
  for (let n = 1; out.length < SIZE; n++) out += `${'`'.repeat(n)}a`
  return out
}

const PATHOLOGICAL: Record<string, string> = {
  'spaces without a line break': `a${' '.repeat(SIZE)}b`,
  'tabs and spaces': `a${fill(' \t')}b`,
  'one long run of line breaks': `a${'\n'.repeat(SIZE)}b`,
  'whitespace around many breaks': fill(' \n \t\r\n'),
  'backtick runs of distinct lengths': distinctBacktickRuns(),
  'backticks only': '`'.repeat(SIZE),
  'unmatched code-span openers': fill('`a``b'),
  'angle brackets': fill('<'),
  'unclosed placeholder in a secret': `password="${'<'.repeat(SIZE)}`,
  'unclosed quotes after secret names': fill('password="x '),
  'secret names with long gaps': `password${' '.repeat(SIZE)}=`,
  'PEM markers without an end': fill('-----BEGIN RSA PRIVATE KEY-----'),
  'PEM marker then long body line': `-----BEGIN PRIVATE KEY-----\n${fill('A')}`,
  'JWT prefixes': fill('eyJ'),
  'JWT-like segments': fill('eyJabcdefghij.'),
  'URL credentials without @': `://${fill(':a')}`,
  'many schemes': fill('://a:'),
  'dotted word': fill('a.'),
  'www runs': fill('www.'),
  'at signs': fill('@'),
  'bearer words': fill('Bearer '),
  'AWS prefixes': fill('AKIA'),
  'query tokens': fill('?token='),
  'key names': fill('key'),
  'connection-string passwords': fill(';Password='),
  'control characters': fill('\u0000\u001b\u0007'),
  'digit run before a colon': `${'1'.repeat(SIZE)}:AA`,
  'list markers': fill('1'),
}

const NORMAL = fill(
  'The handler reads the `order_id` from the request and looks the order up before charging the card; see the runbook for retries. ',
)

/** One finding and the changeset description carry `text` in every free-text field. */
function inputWith(text: string): ReportInput {
  const base = buildReportInput()
  const loaded = finding({
    rule_id: 'js/console-log',
    severity: 'minor',
    category: 'maintainability',
    message: text,
    suggestion: text,
    status: 'dismissed',
    status_reason: text,
  })
  const suggested = finding({ rule_id: 'js/console-log', severity: 'minor', category: 'maintainability', suggestion: `\`\`\`suggestion\n${text}\n\`\`\`` })
  return {
    ...base,
    changeset: { ...base.changeset, title: text, description: text, description_ai: text, author: text, warnings: [text] },
    findings: [...base.findings, loaded, suggested],
  }
}

function renderAll(input: ReportInput): void {
  renderMarkdown(input)
  renderSarif(input)
  renderRdjson(input)
}

/** A floor under the baseline keeps a sub-millisecond render from turning clock granularity into failures. */
const FLOOR_MS = 5

/**
 * Fastest of interleaved runs of both inputs, in milliseconds: noise on a shared machine only
 * ever adds time, and interleaving keeps a burst of it from landing on one side only. Stops
 * early once the hostile side is inside the limit; a real blow-up stays outside it for all runs.
 */
function compare(normal: ReportInput, hostile: ReportInput, runs = 15): { normal: number; hostile: number } {
  const best = { normal: Infinity, hostile: Infinity }
  for (let i = 0; i < runs; i++) {
    for (const side of ['normal', 'hostile'] as const) {
      const started = performance.now()
      renderAll(side === 'normal' ? normal : hostile)
      best[side] = Math.min(best[side], performance.now() - started)
    }
    // Settled as soon as the hostile side is inside the limit: a quadratic pattern never gets there, while a burst of
    // load on a shared machine (one slow run, the usual false alarm) is outlasted by the runs after it.
    if (best.hostile < Math.max(best.normal, FLOOR_MS) * FACTOR) break
  }
  return best
}

describe('report rendering on pathological text', () => {
  const normalInput = inputWith(NORMAL)

  for (const [name, text] of Object.entries(PATHOLOGICAL)) {
    it(`${name}: within ${FACTOR}x of ordinary text`, ({ expect }) => {
      const t = compare(normalInput, inputWith(text))
      const normal = Math.max(t.normal, FLOOR_MS)
      expect(t.hostile, `${t.hostile.toFixed(1)} ms vs ${t.normal.toFixed(1)} ms for ordinary text`).toBeLessThan(normal * FACTOR)
    })
  }
})
