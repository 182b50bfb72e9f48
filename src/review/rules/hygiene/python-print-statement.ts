// Flags `print(...)` statements in Python library code. Known false positives: libraries that print
// on purpose; tests, scripts, CLIs (`__main__` blocks, argparse/click apps) and `main()` are skipped.
import type { FileUnderReview, LineRule } from '../../types'
import { scanCurrent } from '../../source'
import { isScriptPath } from './util'

const PRINT = /^\s*print\s*\(/
const ENTRY_POINT = /^\s*if\s+__name__\s*==\s*["']__main__["']|^\s*(?:import\s+(?:argparse|click|typer|fire)\b|from\s+(?:argparse|click|typer|fire)\s+import\b)|^\s*@(?:click|app)\.command\b/

// Whether the visible part of the file marks it as a program rather than a library module.
const entryPointFiles = new WeakMap<FileUnderReview, boolean>()

function isProgram(file: FileUnderReview): boolean {
  let known = entryPointFiles.get(file)
  if (known === undefined) {
    known = file.hunks.some((h) => h.lines.some((l) => l.kind !== 'del' && ENTRY_POINT.test(l.text)))
    entryPointFiles.set(file, known)
  }
  return known
}

export const printStatement: LineRule = {
  kind: 'line',
  meta: {
    id: 'python/print-statement',
    title: 'Leftover `print()`',
    severity: 'minor',
    category: 'maintainability',
    pack: 'hygiene',
    tier: 'strict',
    languages: ['python'],
    description:
      '`print()` in library or server code writes to stdout with no level, timestamp or logger name, cannot be silenced by configuration, and is usually debug output that was not removed. Use the `logging` module. Tests, scripts, CLIs and `__main__` blocks are not flagged.',
    examples: {
      bad: 'def charge(order):\n    print("charging", order.id, order.total)\n    return gateway.charge(order.total)\n',
      good: 'logger = logging.getLogger(__name__)\n\ndef charge(order):\n    logger.info("charging order %s", order.id)\n    return gateway.charge(order.total)\n',
    },
  },
  check(ctx) {
    const text = ctx.line.text
    if (!text.includes('print')) return
    const file = ctx.file
    if (ctx.source.isTest || isScriptPath(file.path)) return
    const scanned = scanCurrent(ctx)
    if (!scanned || !PRINT.test(scanned.code)) return
    // An explicit `file=` argument means the output is the point.
    if (/\bfile\s*=/.test(text)) return
    if (isProgram(file)) return
    const fn = ctx.enclosingFunction()
    if (fn && /\bdef\s+(?:main|cli|run_cli|_main)\s*\(/.test(fn)) return
    const call = text.trim()
    const shown = call.length > 60 ? `${call.slice(0, 59)}…` : call
    return {
      line: ctx.line.newLine,
      message: `\`${shown}\` writes to stdout from library code; it looks like leftover debug output.`,
      suggestion: 'Use a module logger instead: `logger = logging.getLogger(__name__)` and `logger.debug(...)`/`logger.info(...)`, or remove the call.',
    }
  },
}
