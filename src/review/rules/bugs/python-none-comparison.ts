// Flags `== None` / `!= None` in Python. Known false positives: SQLAlchemy and pandas expressions,
// where `==` builds a query or an element-wise mask; lines inside filter/where calls are skipped.
import type { LineRule } from '../../types'
import { scanCurrent } from '../../source'

const CMP = /([=!])=\s*None\b|\bNone\s*([=!])=/g
// `==` is overloaded in query builders and array libraries, where `is None` would be wrong.
const OVERLOADED = /\.(?:filter|filter_by|where|having|query|loc|mask)\s*\(|\b(?:and_|or_|not_|select|case)\s*\(|\b[A-Z]\w*\.c\.\w+|\b(?:np|pd|df|sa|func)\./

export const noneComparison: LineRule = {
  kind: 'line',
  meta: {
    id: 'python/none-comparison',
    title: 'Comparison to `None` with `==`',
    severity: 'minor',
    category: 'bug',
    pack: 'bugs',
    tier: 'strict',
    languages: ['python'],
    description:
      '`x == None` calls `x.__eq__`, which classes may override (NumPy arrays, ORM columns, proxies), so it can be true for non-None values or return something that is not a bool. `None` is a singleton: test identity with `is None`.',
    examples: {
      bad: 'if user.email == None:\n    send_invite(user)\n',
      good: 'if user.email is None:\n    send_invite(user)\nquery = session.query(User).filter(User.email == None)\n',
    },
  },
  check(ctx) {
    const text = ctx.line.text
    if (!text.includes('None') || !(text.includes('==') || text.includes('!='))) return
    const scanned = scanCurrent(ctx)
    if (!scanned || OVERLOADED.test(scanned.code)) return
    const matches = [...scanned.code.matchAll(CMP)]
    if (matches.length === 0) return
    // Rebuild from the raw text so string literals survive, swapping only the comparison spans.
    let suggestion = ''
    let rawAt = 0
    for (const m of matches) {
      const negated = (m[1] ?? m[2]) === '!'
      suggestion += text.slice(rawAt, m.index)
      suggestion += m[1] ? (negated ? 'is not None' : 'is None') : negated ? 'None is not' : 'None is'
      rawAt = m.index + m[0].length
    }
    suggestion += text.slice(rawAt)
    const first = matches[0]!
    const op = (first[1] ?? first[2]) === '!' ? '!=' : '=='
    let quoted = `${op} None`
    if (first[1]) {
      const lhs = /[\w.[\]"']+\s*$/.exec(scanned.code.slice(0, first.index))
      if (lhs) quoted = `${text.slice(lhs.index, first.index).trim()} ${op} None`
    }
    return {
      line: ctx.line.newLine,
      message: `\`${quoted}\` compares with \`__eq__\`, which objects can override; \`None\` is a singleton and should be tested by identity.`,
      suggestion: `\`${suggestion.trim()}\``,
    }
  },
}
