// Flags `except Exception:` handlers whose only statement is `pass`. Known false positives: best-effort
// cleanup; a comment in the handler explaining the choice is taken as deliberate and skipped.
import type { LineRule } from '../../types'
import { pythonBlockAfter, scanCurrent } from '../../source'

// Bare `except:` and `BaseException` have their own rules; this one covers `Exception`.
const HANDLER = /^(\s*)except\s*(\(?[^:]*\bException\b[^:]*?)\s*(?:as\s+\w+\s*)?:/
const ONLY_PASS = /^\s*(?:pass|\.\.\.)\s*$/
const PRAGMA = /^\s*(?:noqa|pylint|type:|pragma|nosec)/

export const swallowedException: LineRule = {
  kind: 'line',
  meta: {
    id: 'python/swallowed-exception',
    title: 'Exception silently swallowed',
    severity: 'minor',
    category: 'bug',
    pack: 'bugs',
    tier: 'recommended',
    languages: ['python'],
    description:
      '`except Exception: pass` discards every error raised in the `try` block, including typos and programming errors, and leaves no trace to debug from. Catch the specific exception you expect, or log it.',
    examples: {
      bad: 'try:\n    cache.set(key, value)\nexcept Exception:\n    pass\n',
      good: 'try:\n    cache.set(key, value)\nexcept ConnectionError as exc:\n    log.warning("cache unavailable: %s", exc)\n',
    },
  },
  check(ctx) {
    const text = ctx.line.text
    if (!text.includes('Exception')) return
    const scanned = scanCurrent(ctx)
    const m = scanned && HANDLER.exec(scanned.code)
    if (!m || /\bBaseException\b/.test(m[2]!)) return
    if (scanned.comment && !PRAGMA.test(scanned.comment)) return
    const inline = scanned.code.slice(m[0].length).trim()
    if (inline) {
      if (!ONLY_PASS.test(inline)) return
    } else {
      const body = pythonBlockAfter(ctx).lines
      if (body.some((l) => l.scanned.comment && !PRAGMA.test(l.scanned.comment))) return
      const statements = body.map((l) => l.scanned.code).filter((c) => c.trim())
      if (statements.length !== 1 || !ONLY_PASS.test(statements[0]!)) return
    }
    const caught = m[2]!.trim()
    return {
      line: ctx.line.newLine,
      message: `\`except ${caught}: pass\` silently discards every error from the \`try\` block, including bugs.`,
      suggestion: `Catch the specific exception you expect, or log it: \`except ${caught} as exc: logger.warning("...: %s", exc)\`.`,
    }
  },
}
