/** Flags datetime.utcnow()/utcfromtimestamp() (naive results, deprecated in 3.12), including `default=datetime.utcnow`. FP: code that deliberately stores naive UTC. */
import type { LineRule } from '../../types'
import { fileGate } from '../../needles'
import { inPythonDocstring, lexLine, MAX_LINE } from '../../source'
import { fileFacts } from './util'

const gate = fileGate(['.utcnow', '.utcfromtimestamp'])
const UTC = /(?<![\w.])((?:datetime\.)?datetime)\.(utcnow|utcfromtimestamp)\b(\s*\()?/g

export const pythonDatetimeUtcnow: LineRule = {
  kind: 'line',
  meta: {
    id: 'python/datetime-utcnow',
    title: '`datetime.utcnow()` returns a naive datetime',
    severity: 'minor',
    category: 'bug',
    pack: 'async',
    tier: 'recommended',
    languages: ['python'],
    description:
      '`datetime.utcnow()` and `utcfromtimestamp()` return naive datetimes that every other API treats as local time (`.timestamp()`, `astimezone()`), and both are deprecated since Python 3.12. `datetime.now(timezone.utc)` gives an aware UTC datetime.',
    examples: {
      bad: 'from datetime import datetime\n\ncreated_at = datetime.utcnow()\n',
      good: 'from datetime import datetime, timezone\n\ncreated_at = datetime.now(timezone.utc)\n',
    },
  },
  check(ctx) {
    if (!gate(ctx.file)) return undefined
    const text = ctx.line.text
    if (text.length > MAX_LINE) return undefined
    if (!text.includes('utc')) return undefined
    const code = lexLine(ctx, 'py').masked
    if (!code.includes('.utc') || inPythonDocstring(ctx)) return undefined
    const matches = [...code.matchAll(UTC)]
    if (matches.length === 0) return undefined
    let fixed = text
    let qualified = false
    // Right to left so earlier offsets stay valid while rewriting.
    for (const m of [...matches].reverse()) {
      const [whole, cls, fn, paren] = m
      const mod = cls!.includes('.') ? 'datetime.' : ''
      if (mod) qualified = true
      let replacement: string | undefined
      let end = m.index + whole.length
      if (!paren) {
        // `default=datetime.utcnow` passes the function itself.
        replacement = fn === 'utcnow' ? `lambda: ${cls}.now(${mod}timezone.utc)` : undefined
      } else if (fn === 'utcnow' && code.slice(end).trimStart().startsWith(')')) {
        end = end + code.slice(end).indexOf(')') + 1
        replacement = `${cls}.now(${mod}timezone.utc)`
      } else if (fn === 'utcfromtimestamp') {
        let depth = 1
        let k = end
        for (; k < code.length && depth > 0; k++) {
          if (code[k] === '(') depth++
          else if (code[k] === ')') depth--
        }
        if (depth === 0) {
          const arg = text.slice(end, k - 1).trim()
          replacement = `${cls}.fromtimestamp(${arg}, tz=${mod}timezone.utc)`
          end = k
        }
      }
      if (replacement) fixed = fixed.slice(0, m.index) + replacement + fixed.slice(end)
    }
    const first = matches[0]!
    const call = `${first[1]}.${first[2]}${first[3] ? '()' : ''}`
    const needsImport = !qualified && !/\btimezone\b/.test(fileFacts(ctx.file).text)
    return {
      line: ctx.line.newLine,
      message: `\`${call}\` returns a naive datetime (no tzinfo) that other code reads as local time, and is deprecated since Python 3.12`,
      suggestion:
        fixed !== text
          ? `\`${fixed.trim()}\`${needsImport ? ' (with `from datetime import timezone`)' : ''}`
          : 'Use `datetime.now(timezone.utc)` / `datetime.fromtimestamp(ts, tz=timezone.utc)`.',
    }
  },
}
