/** Flags os.system/os.popen and subprocess calls with shell=True on non-constant commands. FP: commands built only from trusted config. */
import type { LineContext, LineRule, RuleHit, Severity } from '../../types'
import { describeHow, quoteList } from './sql'
import { fileGate } from '../../needles'
import { type Arg, argsAt, inPythonDocstring, isCommentLine, keywordArg, lexLine, MAX_LINE, receiverStart, sinkMatches, snippet } from '../../source'
import { analyzeExpr, assignmentsBefore, type ExprInfo, unsafeParts } from './expr'

// Always run through a shell.
const SHELL_ALWAYS = /(?:\bos\.(system|popen)|\b(?:subprocess|commands)\.(getoutput|getstatusoutput)|\basyncio\.(create_subprocess_shell))\s*\(/g
// Run through a shell only with shell=True.
const SHELL_OPTIONAL = /(?:\b(?:subprocess|sp)\.|(?<![\w.]))(run|call|check_call|check_output|Popen)\s*\(/g
const IDENT = /^[A-Za-z_]\w*$/
const gate = fileGate(['os.system', 'os.popen', 'getoutput', 'getstatusoutput', '_shell(', 'shell=True'])

interface Verdict {
  severity: Severity
  detail: string
}

/** How dangerous the command argument is: built from values, an opaque variable, or a constant. */
function judge(ctx: LineContext, arg: Arg): Verdict | 'constant' | 'quoted' {
  let info: ExprInfo = analyzeExpr(arg.text, 'py')
  let via = ''
  if (info.opaque && IDENT.test(arg.text)) {
    const chain = assignmentsBefore(ctx, arg.text, 'py', 10)
    if (chain.length > 0 && chain.every((a) => a.info.literal)) return 'constant'
    const built = chain.find((a) => a.info.dynamic && unsafeParts(a.info).length > 0)
    if (built) {
      info = built.info
      via = ` (\`${arg.text}\` is built on line ${built.line})`
    }
  }
  if (info.literal) return 'constant'
  if (info.dynamic) {
    const unsafe = unsafeParts(info)
    if (unsafe.length === 0) return 'quoted'
    return { severity: 'critical', detail: `a command built with ${describeHow(info.how, 'py')} from ${quoteList(unsafe)}${via}` }
  }
  // A list or tuple of literals is as constant as a string.
  if (/^[[(]/.test(arg.text) && !/[A-Za-z_]/.test(arg.text.replace(/\b[rbuRBU]{1,2}(?=["'])/g, '').replace(/(["'])(?:\\.|(?!\1).)*\1/g, ''))) {
    return 'constant'
  }
  return { severity: 'major', detail: `\`${snippet(arg.text, 40)}\`, which is not a constant` }
}

function hit(ctx: LineContext, call: string, verdict: Verdict, fix: string): RuleHit {
  return {
    line: ctx.line.newLine,
    message: `\`${call}\` runs ${verdict.detail} through the shell: \`;\`, \`|\` or \`$(...)\` in a value runs extra commands`,
    suggestion: fix,
    severity: verdict.severity,
  }
}

const FIX =
  'Pass an argument list without a shell: `subprocess.run(["convert", src, dst], check=True)` (split a fixed command with `shlex.split`; quote unavoidable shell input with `shlex.quote`).'

export const pythonShellInjection: LineRule = {
  kind: 'line',
  meta: {
    id: 'python/shell-injection',
    title: 'Shell command built from runtime values',
    severity: 'critical',
    category: 'security',
    pack: 'injection',
    tier: 'core',
    languages: ['python'],
    description:
      '`os.system`, `os.popen` and `subprocess` with `shell=True` hand the whole string to `/bin/sh`, so a value containing `;`, `|`, backticks or `$(...)` runs commands of its own. An argument list without a shell passes each value as one argv entry.',
    examples: {
      bad: 'import subprocess\n\ndef thumbnail(path):\n    subprocess.run(f"convert {path} -resize 128x128 thumb.png", shell=True)\n',
      good: 'import subprocess\n\ndef thumbnail(path):\n    subprocess.run(["convert", path, "-resize", "128x128", "thumb.png"], check=True)\n',
    },
  },
  check(ctx) {
    if (!gate(ctx.file) || ctx.file.isTest) return undefined
    const text = ctx.line.text
    if (text.length > MAX_LINE) return undefined
    const always = text.includes('os.') || text.includes('getoutput') || text.includes('getstatusoutput') || text.includes('_shell(')
    const optional = text.includes('shell=True') || text.includes('subprocess.')
    if (!always && !optional) return undefined
    if (isCommentLine(text, 'py')) return undefined
    const lexed = lexLine(ctx, 'py')
    const hits: RuleHit[] = []
    if (always) {
      for (const m of sinkMatches(lexed.masked, SHELL_ALWAYS)) {
        const { lexed: lx, call } = argsAt(ctx, 'py', lexed, m.index + m[0].length - 1)
        const first = call.args[0]
        if (!first) continue
        const verdict = judge(ctx, first)
        if (verdict === 'constant' || verdict === 'quoted') continue
        hits.push(hit(ctx, snippet(lx.text.slice(receiverStart(lx.text, m.index), call.end), 70), verdict, FIX))
      }
    }
    if (optional) {
      for (const m of sinkMatches(lexed.masked, SHELL_OPTIONAL)) {
        const start = receiverStart(lexed.text, m.index)
        const { lexed: lx, call } = argsAt(ctx, 'py', lexed, m.index + m[0].length - 1)
        const shell = keywordArg(call.args, 'shell')
        if (shell !== 'True') continue
        const first = call.args[0]
        if (!first || /^\w+\s*=/.test(first.text)) continue
        const callText = snippet(lx.text.slice(start, call.end), 70)
        const verdict = judge(ctx, first)
        if (verdict === 'quoted') continue
        if (verdict === 'constant') {
          hits.push({
            line: ctx.line.newLine,
            message: `\`${callText}\` uses \`shell=True\` for a constant command: harmless today, but the next edit that adds a variable becomes a shell injection`,
            suggestion: first.text.startsWith('[')
              ? 'Drop `shell=True`: the list already names the program and its arguments.'
              : `Drop \`shell=True\` and pass the command as a list, e.g. \`subprocess.${m[1]}(shlex.split(${snippet(first.text, 50)}))\`.`,
            severity: 'minor',
          })
          continue
        }
        hits.push(hit(ctx, callText, verdict, FIX))
      }
    }
    // Docstrings show examples; checked last because it looks back over many lines.
    return hits.length > 0 && inPythonDocstring(ctx) ? undefined : hits
  },
}
