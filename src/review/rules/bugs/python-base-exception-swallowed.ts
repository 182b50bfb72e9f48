// Flags `except BaseException` handlers that never raise. Known false positives: top-level crash
// handlers that exit through a helper; exits, forwarding (`set_exception`) and an earlier
// `except (SystemExit, KeyboardInterrupt): raise` are recognised and skipped.
import type { LineRule } from '../../types'
import { indentWidth, linesBefore, pythonBlockAfter, scanCurrent } from '../../source'

const HANDLER = /^\s*except\s*\(?[^:]*\bBaseException\b[^:]*:/
const RAISE_OR_EXIT = /^\s*raise\b|\b(?:sys\.exit|os\._exit|exit)\s*\(|\.(?:set_exception|throw)\s*\(/
// An earlier handler of the same `try` that lets interrupts through: `except (SystemExit, KeyboardInterrupt): raise`.
const LETS_INTERRUPTS_THROUGH = /^\s*except\s*\(?[^:]*\b(?:KeyboardInterrupt|SystemExit|CancelledError)\b/

export const baseException: LineRule = {
  kind: 'line',
  meta: {
    id: 'python/base-exception-swallowed',
    title: '`except BaseException` without re-raise',
    severity: 'major',
    category: 'bug',
    pack: 'bugs',
    tier: 'core',
    languages: ['python'],
    description:
      '`BaseException` includes `KeyboardInterrupt`, `SystemExit` and `asyncio.CancelledError`. A handler that catches it and carries on makes the process ignore Ctrl-C, `sys.exit()` and task cancellation. Catch `Exception`, or re-raise after cleaning up.',
    examples: {
      bad: 'try:\n    worker.run()\nexcept BaseException as exc:\n    log.warning("worker stopped: %s", exc)\n',
      good: 'try:\n    worker.run()\nexcept BaseException:\n    worker.cleanup()\n    raise\n',
    },
  },
  check(ctx) {
    const text = ctx.line.text
    if (!text.includes('BaseException')) return
    const scanned = scanCurrent(ctx)
    if (!scanned || !HANDLER.test(scanned.code)) return
    const indent = indentWidth(text)
    for (const above of linesBefore(ctx, 30, 'python')) {
      const code = above.scanned.code
      if (code.trim() === '' || indentWidth(code) > indent) continue
      if (indentWidth(code) < indent || /^\s*try\s*:/.test(code)) break
      if (LETS_INTERRUPTS_THROUGH.test(code)) return
    }
    const inline = scanned.code.slice(scanned.code.indexOf(':') + 1).trim()
    if (inline) {
      if (RAISE_OR_EXIT.test(inline)) return
    } else {
      const body = pythonBlockAfter(ctx)
      if (body.lines.some((l) => RAISE_OR_EXIT.test(l.scanned.code))) return
      // Without the end of the handler in view, a re-raise further down cannot be ruled out.
      if (!body.complete) return
    }
    return {
      line: ctx.line.newLine,
      message: `\`${text.trim().replace(/:.*$/, ':')}\` catches \`KeyboardInterrupt\`, \`SystemExit\` and cancellation, and the handler never re-raises them.`,
      suggestion: 'Catch `Exception` instead, or end the handler with a bare `raise` so interrupts and exits still propagate.',
    }
  },
}
