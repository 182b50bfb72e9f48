/** Flags exec.Command("sh", "-c", ...) whose script is formatted or concatenated from values. FP: values validated elsewhere. */
import type { LineContext, LineRule, RuleHit } from '../../types'
import { describeHow, quoteList } from './sql'
import { fileGate } from '../../needles'
import { type Arg, argsAt, isCommentLine, lexLine, MAX_LINE, receiverStart, sinkMatches, snippet } from '../../source'
import { analyzeExpr, assignmentsBefore, type ExprInfo, onlyNumericVerbs, unsafeParts } from './expr'

const COMMAND = /\bexec\.Command(Context)?\s*\(/g
const SHELL = /^"(?:\/(?:usr\/)?bin\/)?(?:sh|bash|zsh|dash|ash|cmd|cmd\.exe|powershell|pwsh)"$/
const SCRIPT_FLAG = /^"(?:-c|\/c|\/C|-Command)"$/
const IDENT = /^[A-Za-z_]\w*$/
const PLAIN_WORD = /^[\w./:=@+,-]+$/
const gate = fileGate(['exec.Command'])

function built(ctx: LineContext, arg: Arg): { info: ExprInfo; via: string } | 'opaque' | undefined {
  const info = analyzeExpr(arg.text, 'go')
  if (onlyNumericVerbs(info)) return undefined
  if (info.dynamic) return { info, via: '' }
  if (!info.opaque) return undefined
  if (!IDENT.test(arg.text)) return 'opaque'
  const chain = assignmentsBefore(ctx, arg.text, 'go', 10)
  if (chain.length > 0 && chain.every((a) => a.info.literal)) return undefined
  const found = chain.find((a) => a.info.dynamic && !onlyNumericVerbs(a.info) && unsafeParts(a.info).length > 0)
  return found ? { info: found.info, via: ` (\`${arg.text}\` is built on line ${found.line})` } : 'opaque'
}

/** `fmt.Sprintf("git clone %s %s", url, dir)` → `"git", "clone", url, dir`, when every word is plain or one verb. */
function argv(script: Arg): string | undefined {
  const m = /^fmt\.Sprintf\(\s*"((?:[^"\\]|\\.)*)"\s*,(.*)\)$/.exec(script.text)
  if (!m) return undefined
  const values = m[2]!.split(',').map((v) => v.trim())
  if (!values.every((v) => /^[\w.]+$/.test(v))) return undefined
  const out: string[] = []
  let k = 0
  for (const word of m[1]!.trim().split(/\s+/)) {
    if (/^%[sdv]$/.test(word)) out.push(values[k++]!)
    else if (PLAIN_WORD.test(word)) out.push(`"${word}"`)
    else return undefined
  }
  return k === values.length && out[0]?.startsWith('"') ? out.join(', ') : undefined
}

export const goShellInjection: LineRule = {
  kind: 'line',
  meta: {
    id: 'go/shell-injection',
    title: 'Shell script built from runtime values',
    severity: 'critical',
    category: 'security',
    pack: 'injection',
    tier: 'core',
    languages: ['go'],
    description:
      '`exec.Command("sh", "-c", script)` hands the script to a shell, so `;`, `|` or `$(...)` in a formatted value runs commands of its own. `exec.Command(program, args...)` passes each value as one argv entry without a shell.',
    examples: {
      bad: 'func archive(name string) error {\n\treturn exec.Command("sh", "-c", fmt.Sprintf("tar czf %s.tgz data", name)).Run()\n}\n',
      good: 'func archive(name string) error {\n\treturn exec.Command("tar", "czf", name+".tgz", "data").Run()\n}\n',
    },
  },
  check(ctx) {
    if (!gate(ctx.file)) return undefined
    const text = ctx.line.text
    if (text.length > MAX_LINE) return undefined
    if (ctx.file.isTest || !text.includes('exec.Command') || isCommentLine(text, 'go')) return undefined
    const lexed = lexLine(ctx, 'go')
    const hits: RuleHit[] = []
    for (const m of sinkMatches(lexed.masked, COMMAND)) {
      const { lexed: lx, call } = argsAt(ctx, 'go', lexed, m.index + m[0].length - 1)
      const args = m[1] ? call.args.slice(1) : call.args
      const [shell, flag, script] = args
      if (!shell || !flag || !script || !SHELL.test(shell.text) || !SCRIPT_FLAG.test(flag.text)) continue
      const b = built(ctx, script)
      if (!b) continue
      const callText = snippet(lx.text.slice(receiverStart(lx.text, m.index), call.end), 70)
      if (b === 'opaque') {
        hits.push({
          line: ctx.line.newLine,
          message: `\`${callText}\` runs \`${snippet(script.text, 40)}\` through ${shell.text}: unless it is a constant, \`;\` or \`$(...)\` in it runs extra commands`,
          suggestion: 'Call the program directly with one argument per value, e.g. `exec.Command("git", "clone", url, dir)`.',
          severity: 'major',
        })
        continue
      }
      const unsafe = unsafeParts(b.info)
      if (unsafe.length === 0) continue
      const direct = b.via ? undefined : argv(script)
      const head = m[1] ? `exec.CommandContext(${call.args[0]!.text}, ` : 'exec.Command('
      hits.push({
        line: ctx.line.newLine,
        message: `\`${callText}\` runs a script built with ${describeHow(b.info.how, 'go')} from ${quoteList(unsafe)}${b.via} through ${shell.text}: \`;\`, \`|\` or \`$(...)\` in a value runs extra commands`,
        suggestion: direct
          ? `Run the program without a shell: \`${head}${direct})\``
          : 'Call the program directly with one argument per value, e.g. `exec.Command("git", "clone", url, dir)`.',
      })
    }
    return hits
  },
}
