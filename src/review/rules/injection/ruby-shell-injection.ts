/** Flags Ruby backticks, %x(), system/exec/spawn/IO.popen/Open3 with one interpolated command string. FP: values validated elsewhere. */
import type { LineRule, RuleHit } from '../../types'
import { quoteList } from './sql'
import { fileGate } from '../../needles'
import { callArgs, isCommentLine, lex, lexAhead, lexLine, MAX_LINE, sinkMatches, snippet } from '../../source'
import { isSafeValue } from './expr'

const CALL = /(?:(?:\b(?:Kernel|Process)\.|(?<![\w.:]))(system|exec|spawn)|\bIO\.(popen)|\bOpen3\.(capture2e?|capture3|popen2e?|popen3|pipeline))\s*\(?/g
const PERCENT_X = /%x([({[|])/g
const gate = fileGate(['#{'])

function interpolated(body: string): string[] {
  const out: string[] = []
  let from = 0
  for (;;) {
    const at = body.indexOf('#{', from)
    if (at < 0) return out
    const close = body.indexOf('}', at)
    if (close < 0) return out
    const expr = body.slice(at + 2, close).trim()
    if (expr && !/^(?:Shellwords\.(?:escape|shellescape)|\w+\.shellescape)\b/.test(expr) && !isSafeValue(expr)) out.push(expr)
    from = close + 1
  }
}

const FIX = 'Pass the program and each value as separate arguments, which skips the shell: `system("git", "clone", url, dir)` / `Open3.capture2("grep", pattern, file)`.'

export const rubyShellInjection: LineRule = {
  kind: 'line',
  meta: {
    id: 'ruby/shell-injection',
    title: 'Shell command built from runtime values',
    severity: 'critical',
    category: 'security',
    pack: 'injection',
    tier: 'core',
    languages: ['ruby'],
    description:
      'Backticks, `%x()` and single-string `system`/`exec`/`IO.popen`/`Open3` calls run the command through `/bin/sh`, so `;`, `|` or `$(...)` in an interpolated value runs commands of its own. Passing the program and its arguments separately skips the shell.',
    examples: {
      bad: 'def convert(path)\n  `convert #{path} -resize 50% out.png`\nend\n',
      good: 'def convert(path)\n  system("convert", path, "-resize", "50%", "out.png")\nend\n',
    },
  },
  check(ctx) {
    if (!gate(ctx.file)) return undefined
    const text = ctx.line.text
    if (text.length > MAX_LINE) return undefined
    if (ctx.file.isTest || !text.includes('#{') || isCommentLine(text, 'rb')) return undefined
    const lexed = lexLine(ctx, 'rb')
    const hits: RuleHit[] = []
    for (const s of lexed.strings) {
      if (s.quote !== '`') continue
      const values = interpolated(s.body)
      if (values.length === 0) continue
      hits.push({
        line: ctx.line.newLine,
        message: `Backticks \`${snippet(text.slice(s.start, s.end), 50)}\` run a shell command interpolating ${quoteList(values)}: \`;\` or \`$(...)\` in a value runs extra commands`,
        suggestion: FIX,
      })
    }
    for (const m of sinkMatches(lexed.masked, PERCENT_X)) {
      const open = m[1]!
      const close = ({ '(': ')', '{': '}', '[': ']', '|': '|' } as Record<string, string>)[open]!
      const end = text.indexOf(close, m.index + 3)
      const values = interpolated(text.slice(m.index + 3, end < 0 ? text.length : end))
      if (values.length === 0) continue
      hits.push({
        line: ctx.line.newLine,
        message: `\`%x${open}...${close}\` runs a shell command interpolating ${quoteList(values)}: \`;\` or \`$(...)\` in a value runs extra commands`,
        suggestion: FIX,
      })
    }
    for (const m of sinkMatches(lexed.masked, CALL)) {
      const name = m[1] ?? (m[2] ? 'IO.popen' : `Open3.${m[3]}`)
      // Parenthesised or not, the arguments start right after the name.
      const wide = lexAhead(ctx, 'rb', 4)
      const start = m.index + m[0].length
      const call = m[0].endsWith('(') ? callArgs(wide, start - 1) : callArgs(lex('(' + text.slice(start) + ')', 'rb'), 0)
      const args = call.args.filter((a) => !/^\{|^\w+:\s|^:\w+\s*=>/.test(a.text))
      // `system({"ENV" => "x"}, "cmd ...")`: an env hash first is allowed.
      if (args.length !== 1) continue
      const only = args[0]!
      if (!/^["`]/.test(only.text)) continue
      const values = interpolated(only.text)
      if (values.length === 0) continue
      hits.push({
        line: ctx.line.newLine,
        message: `\`${name}(${snippet(only.text, 50)})\` passes one interpolated string, so a shell runs it with ${quoteList(values)} spliced in: \`;\` or \`$(...)\` in a value runs extra commands`,
        suggestion: FIX,
      })
    }
    return hits
  },
}
