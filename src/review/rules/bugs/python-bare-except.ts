// Flags bare `except:` clauses in Python. Known false positives: none; handlers that only clean up
// and re-raise with a bare `raise` are left alone, since they do not swallow anything.
import type { LineRule } from '../../types'
import { pythonBlockAfter, scanCurrent } from '../../source'

const BARE = /^(\s*)except\s*:/
const RERAISE = /^\s*raise\s*$/
const ONLY_PASS = /^\s*(?:pass|\.\.\.)\s*$/

export const bareExcept: LineRule = {
  kind: 'line',
  meta: {
    id: 'python/bare-except',
    title: 'Bare `except:` clause',
    severity: 'major',
    category: 'bug',
    pack: 'bugs',
    tier: 'core',
    languages: ['python'],
    description:
      'A bare `except:` catches every exception, including `KeyboardInterrupt`, `SystemExit` and `GeneratorExit`, so Ctrl-C and `sys.exit()` stop working inside the block and genuine bugs are hidden. Catch `Exception` (or something narrower) instead.',
    examples: {
      bad: 'try:\n    value = int(raw)\nexcept:\n    value = 0\n',
      good: 'try:\n    value = int(raw)\nexcept ValueError:\n    value = 0\n',
    },
  },
  check(ctx) {
    const text = ctx.line.text
    if (!text.includes('except')) return
    const scanned = scanCurrent(ctx)
    const m = scanned && BARE.exec(scanned.code)
    if (!m) return
    const inline = scanned.code.slice(m[0].length).trim()
    const body = inline ? [inline] : pythonBlockAfter(ctx).lines.map((l) => l.scanned.code).filter((c) => c.trim())
    if (body.some((c) => RERAISE.test(c))) return
    const swallowed = body.length > 0 && body.every((c) => ONLY_PASS.test(c))
    return {
      line: ctx.line.newLine,
      message: swallowed
        ? 'Bare `except:` catches and silently discards every exception, including `KeyboardInterrupt` and `SystemExit`.'
        : 'Bare `except:` also catches `KeyboardInterrupt` and `SystemExit`, so Ctrl-C and `sys.exit()` are swallowed here.',
      suggestion: `Catch the exceptions you expect, or at least \`${text.replace(/except\s*:/, 'except Exception:').trim()}\`${swallowed ? ', and log the error instead of passing' : ''}.`,
    }
  },
}
