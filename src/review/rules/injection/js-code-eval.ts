/** Flags eval(), new Function(), string setTimeout/setInterval and node:vm on non-literal code. FP: build tooling that evaluates trusted code. */
import type { LineContext, LineRule, RuleHit, Severity } from '../../types'
import { describeHow, quoteList } from './sql'
import { fileGate } from '../../needles'
import { type Arg, argsAt, isCommentLine, lexLine, MAX_LINE, sinkMatches, snippet } from '../../source'
import { analyzeExpr, assignmentsBefore, type ExprInfo, unsafeParts } from './expr'

const EVAL = /(?:(?<![\w.$])|\b(?:window|globalThis|global|self)\.)eval\s*\(/g
const FUNCTION = /\bnew\s+Function\s*\(/g
const TIMER = /(?:(?<![\w.$])|\b(?:window|globalThis|global|self)\.)(setTimeout|setInterval)\s*\(/g
const VM = /\b(?:vm\.)(runInThisContext|runInNewContext|runInContext|compileFunction)\s*\(|\bnew\s+vm\.(Script)\s*\(/g
const IDENT = /^[A-Za-z_$][\w$]*$/
// Timers only evaluate code when handed a string.
const CANDIDATE = /eval\(|new\s+Function\s*\(|vm\.|set(?:Timeout|Interval)\(\s*["'`]/
const DECLARATION = /\bfunction\s+eval\s*\(|^\s*declare\s/
const gate = fileGate([
  'eval(',
  'new Function',
  'vm.run',
  'vm.compile',
  'vm.Script',
  'setTimeout("',
  "setTimeout('",
  'setTimeout(`',
  'setInterval("',
  "setInterval('",
  'setInterval(`',
])

function built(ctx: LineContext, arg: Arg): ExprInfo {
  const info = analyzeExpr(arg.text, 'js')
  if (!info.opaque || !IDENT.test(arg.text)) return info
  const found = assignmentsBefore(ctx, arg.text, 'js', 8).find((a) => a.info.dynamic)
  return found?.info ?? info
}

function describe(info: ExprInfo, arg: Arg): { what: string; severity: Severity } {
  const unsafe = unsafeParts(info)
  if (info.dynamic && unsafe.length > 0) return { what: `code built with ${describeHow(info.how, 'js')} from ${quoteList(unsafe)}`, severity: 'critical' }
  return { what: `\`${snippet(arg.text, 40)}\``, severity: 'major' }
}

export const jsCodeEval: LineRule = {
  kind: 'line',
  meta: {
    id: 'js/code-eval',
    title: 'Code evaluated from a string',
    severity: 'critical',
    category: 'security',
    pack: 'injection',
    tier: 'core',
    languages: ['javascript', 'typescript', 'vue', 'svelte', 'html'],
    description:
      '`eval`, `new Function(...)` and `setTimeout("code")` compile a string as JavaScript, so anyone who controls part of it runs code in the page or the server process (and a strict CSP blocks them anyway). `node:vm` is not a security boundary either. Parse data with `JSON.parse` and pass functions, not strings.',
    examples: {
      bad: 'export function calc(expr) {\n  return eval(expr)\n}\n',
      good: 'export function parse(body) {\n  return JSON.parse(body)\n}\n',
    },
  },
  check(ctx) {
    if (!gate(ctx.file)) return undefined
    const text = ctx.line.text
    if (text.length > MAX_LINE) return undefined
    if (!CANDIDATE.test(text) || ctx.file.isTest || isCommentLine(text, 'js')) return undefined
    // Declarations (`declare function eval(x: string): any`) and type files run nothing.
    if (DECLARATION.test(text) || ctx.file.path.endsWith('.d.ts')) return undefined
    const lexed = lexLine(ctx, 'js')
    const hits: RuleHit[] = []
    for (const m of sinkMatches(lexed.masked, EVAL)) {
      const { call } = argsAt(ctx, 'js', lexed, m.index + m[0].length - 1)
      const first = call.args[0]
      if (!first) continue
      const info = built(ctx, first)
      if (info.literal) continue
      const { what, severity } = describe(info, first)
      hits.push({
        line: ctx.line.newLine,
        message: `\`eval()\` runs ${what} as JavaScript with the caller's privileges`,
        suggestion: 'Parse data with `JSON.parse(...)`; for expressions, use a small parser or a lookup table of allowed operations instead of evaluating code.',
        severity,
      })
    }
    for (const m of sinkMatches(lexed.masked, FUNCTION)) {
      const { call } = argsAt(ctx, 'js', lexed, m.index + m[0].length - 1)
      if (call.args.length === 0) continue
      const dynamicArg = call.args.map((a) => ({ a, info: built(ctx, a) })).find((x) => !x.info.literal)
      if (!dynamicArg) continue
      const { what, severity } = describe(dynamicArg.info, dynamicArg.a)
      hits.push({
        line: ctx.line.newLine,
        message: `\`new Function(...)\` compiles ${what} into a function: the same as \`eval\``,
        suggestion: 'Write the function in code and pass data to it; if the behaviour must vary, choose from a map of predefined functions.',
        severity,
      })
    }
    for (const m of sinkMatches(lexed.masked, TIMER)) {
      const { call } = argsAt(ctx, 'js', lexed, m.index + m[0].length - 1)
      const first = call.args[0]
      if (!first || !/^["'`]/.test(first.text)) continue
      const info = analyzeExpr(first.text, 'js')
      const unsafe = unsafeParts(info)
      const dynamic = info.dynamic && unsafe.length > 0
      hits.push({
        line: ctx.line.newLine,
        message: dynamic
          ? `\`${m[1]}()\` with a string evaluates code built from ${quoteList(unsafe)}, like \`eval\``
          : `\`${m[1]}(${snippet(first.text, 30)}, ...)\` evaluates its string argument like \`eval\` (and is blocked by a strict CSP)`,
        suggestion: `Pass a function: \`${m[1]}(() => { ... }, delay)\`.`,
        severity: dynamic ? 'critical' : 'minor',
      })
    }
    for (const m of sinkMatches(lexed.masked, VM)) {
      const name = m[1] ?? m[2]!
      const { call } = argsAt(ctx, 'js', lexed, m.index + m[0].length - 1)
      const first = call.args[0]
      if (!first) continue
      const info = built(ctx, first)
      if (info.literal) continue
      const { what, severity } = describe(info, first)
      hits.push({
        line: ctx.line.newLine,
        message: `\`vm.${name}\` runs ${what}; \`node:vm\` is not a sandbox (\`this.constructor.constructor("return process")()\` escapes it)`,
        suggestion: 'Do not run untrusted code in-process; use a separate isolate/process with no privileges, or avoid evaluating code at all.',
        severity,
      })
    }
    return hits
  },
}
