// Flags breakpoints left in code: JS `debugger`, Python `breakpoint()` / `pdb.set_trace()` and
// friends, Ruby `binding.pry` / `byebug`. Known false positives: debug hooks a library offers on
// purpose; a comment next to the call saying so ("intentional", "deliberate") is respected.
import type { Language, LineRule } from '../../types'
import { linesBefore, scanCurrent } from '../../source'

const BY_LANGUAGE: Partial<Record<Language, { hint: string; re: RegExp }>> = {
  javascript: { hint: 'debugger', re: /(?<![\w$.])debugger\s*(?:;|$)/ },
  typescript: { hint: 'debugger', re: /(?<![\w$.])debugger\s*(?:;|$)/ },
  python: {
    hint: '',
    re: /(?<![\w.])breakpoint\s*\(\s*\)|\b(?:i?pdb|pudb|pdbpp|rpdb|remote_pdb|web_pdb|forked_pdb|rdb)\.(?:set_trace|post_mortem|pm)\s*\([^)]*\)|\bIPython\.embed\s*\([^)]*\)/,
  },
  ruby: { hint: '', re: /\bbinding\.(?:pry|irb)\b|(?<![\w.])(?:byebug|debugger)\b(?!\s*[=:(])/ },
}
const DELIBERATE = /\b(?:intentional(?:ly)?|deliberate(?:ly)?|on purpose)\b/i
const PY_HINTS = ['breakpoint', 'set_trace', 'post_mortem', '.pm(', 'IPython']
const RB_HINTS = ['binding.', 'byebug', 'debugger']

export const debuggerStatement: LineRule = {
  kind: 'line',
  meta: {
    id: 'hygiene/debugger-statement',
    title: 'Breakpoint left in code',
    severity: 'major',
    category: 'bug',
    pack: 'hygiene',
    tier: 'recommended',
    languages: ['javascript', 'typescript', 'python', 'ruby'],
    description:
      'A breakpoint left in committed code halts the program: `breakpoint()` or `pdb.set_trace()` makes a server wait forever on stdin, `binding.pry` hangs a request, and `debugger` pauses any browser with dev tools open. Remove it before merging.',
    examples: {
      bad: 'function total(items) {\n  debugger\n  return items.reduce((sum, i) => sum + i.price, 0)\n}\n',
      good: 'function total(items) {\n  return items.reduce((sum, i) => sum + i.price, 0)\n}\n',
    },
  },
  check(ctx) {
    const text = ctx.line.text
    const lang = ctx.file.language
    const spec = BY_LANGUAGE[lang]
    if (!spec) return
    if (spec.hint ? !text.includes(spec.hint) : !(lang === 'python' ? PY_HINTS : RB_HINTS).some((h) => text.includes(h))) return
    const scanned = scanCurrent(ctx)
    const m = scanned && spec.re.exec(scanned.code)
    if (!m) return
    // A comment saying the breakpoint is deliberate (a debug hook the library offers) is taken at its word.
    const syntax = ctx.source.syntax
    const nearby = [scanned.comment, ...(syntax ? linesBefore(ctx, 2, syntax).map((l) => l.scanned.comment) : [])]
    if (nearby.some((c) => DELIBERATE.test(c))) return
    const found = text.slice(m.index, m.index + m[0].length).trim().replace(/;$/, '').replace(/\(.*$/, '()')
    return {
      line: ctx.line.newLine,
      message: `\`${found}\` is a breakpoint left in the code; it ${lang === 'javascript' || lang === 'typescript' ? 'pauses execution whenever dev tools are open' : 'stops the process and waits for a debugger on stdin'}.`,
      suggestion: `Remove the \`${found}\` line before merging.`,
    }
  },
}
