/** Flags child_process exec/execSync (and spawn with shell: true) on interpolated or concatenated commands. FP: values validated elsewhere. */
import type { LineContext, LineRule, RuleHit } from '../../types'
import { describeHow, quoteList } from './sql'
import { fileGate } from '../../needles'
import { type Arg, argsAt, isCommentLine, lexLine, MAX_LINE, receiverStart, sinkMatches, snippet, templateParts } from '../../source'
import { analyzeExpr, assignmentsBefore, type ExprInfo, unsafeParts } from './expr'

const RECEIVER = '(?:child_process|childProcess|cp|shell)'
// `require('child_process').exec(` leaves `).exec(` once strings are blanked.
const EXEC = new RegExp(`(?:\\b${RECEIVER}\\.|\\)\\.|(?<![\\w.$]))(exec|execSync)\\s*\\(`, 'g')
const SPAWN = new RegExp(`(?:\\b${RECEIVER}\\.|\\)\\.|(?<![\\w.$]))(spawn|spawnSync)\\s*\\(`, 'g')
const SHELL_OPTION = /\bshell\s*:\s*(?:true|['"`])/
const IDENT = /^[A-Za-z_$][\w$]*$/
const PLAIN_WORD = /^[\w./:=@%+,-]+$/

const gate = fileGate(['child_process', 'childProcess', 'shelljs', 'execSync', 'cp.exec', 'cp.spawn'])
/** A bare `exec(` is only child_process's when the file says so (regex `.exec` has a receiver). */
const mentionsChildProcess = fileGate(['child_process', 'shelljs'])

function built(ctx: LineContext, arg: Arg): { info: ExprInfo; via: string } | undefined {
  const info = analyzeExpr(arg.text, 'js')
  if (info.dynamic) return { info, via: '' }
  if (!info.opaque || !IDENT.test(arg.text)) return undefined
  const found = assignmentsBefore(ctx, arg.text, 'js', 10).find((a) => a.info.dynamic && unsafeParts(a.info).length > 0)
  return found ? { info: found.info, via: ` (\`${arg.text}\` is built on line ${found.line})` } : undefined
}

/** `exec(\`git clone ${url} ${dir}\`)` → `execFile('git', ['clone', url, dir])`, when every word is plain or one value. */
function rewrite(method: string, arg: Arg, info: ExprInfo, rest: Arg[]): string | undefined {
  const tok = info.tokens[0]
  if (info.how !== 'interpolation' || info.tokens.length !== 1 || !tok || arg.text !== tok.quote + tok.body + tok.quote) return undefined
  const { lits, exprs } = templateParts(tok, 'js')
  const words: string[] = []
  let pending = ''
  for (let i = 0; i < lits.length; i++) {
    const pieces = lits[i]!.split(/\s+/)
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k]!
      if (k > 0 && pending) {
        words.push(`'${pending}'`)
        pending = ''
      }
      if (piece && !PLAIN_WORD.test(piece)) return undefined
      pending += piece
    }
    if (i < exprs.length) {
      // A value glued to literal text (`--out=${dir}`) cannot become one clean argv entry here.
      if (pending) return undefined
      if (!/^[\w$.]+$/.test(exprs[i]!)) return undefined
      words.push(exprs[i]!)
      const next = lits[i + 1] ?? ''
      if (next && !/^\s/.test(next)) return undefined
    }
  }
  if (pending) words.push(`'${pending}'`)
  const [program, ...argv] = words
  if (!program || !program.startsWith("'")) return undefined
  const file = method === 'execSync' ? 'execFileSync' : 'execFile'
  const tail = rest.map((a) => ', ' + a.text).join('')
  return `${file}(${program}, [${argv.join(', ')}]${tail})`
}

export const jsShellInjection: LineRule = {
  kind: 'line',
  meta: {
    id: 'js/shell-injection',
    title: 'Shell command built from runtime values',
    severity: 'critical',
    category: 'security',
    pack: 'injection',
    tier: 'core',
    languages: ['javascript', 'typescript'],
    description:
      '`child_process.exec`/`execSync` (and `spawn` with `shell: true`) run the string through `/bin/sh`, so `;`, `|`, backticks or `$(...)` in an interpolated value run commands of their own. `execFile`/`spawn` with an argument array pass each value as one argv entry.',
    examples: {
      bad: "import { exec } from 'node:child_process'\n\nexport function clone(url) {\n  exec(`git clone ${url}`, (err) => console.error(err))\n}\n",
      good: "import { execFile } from 'node:child_process'\n\nexport function clone(url) {\n  execFile('git', ['clone', url], (err) => console.error(err))\n}\n",
    },
  },
  check(ctx) {
    if (!gate(ctx.file) || ctx.file.isTest) return undefined
    const text = ctx.line.text
    if (text.length > MAX_LINE) return undefined
    if (!(text.includes('exec') || text.includes('spawn'))) return undefined
    if (isCommentLine(text, 'js')) return undefined
    const lexed = lexLine(ctx, 'js')
    const hits: RuleHit[] = []
    for (const re of [EXEC, SPAWN]) {
      for (const m of sinkMatches(lexed.masked, re)) {
        const method = m[1]!
        if (m[0].startsWith(').') && !text.includes('child_process')) continue
        const qualified = m[0].includes('.')
        if (!qualified && method === 'exec' && !mentionsChildProcess(ctx.file)) continue
        if (!qualified && method.startsWith('spawn') && !mentionsChildProcess(ctx.file)) continue
        const { lexed: lx, call } = argsAt(ctx, 'js', lexed, m.index + m[0].length - 1)
        const first = call.args[0]
        if (!first) continue
        if (re === SPAWN && !call.args.slice(1).some((a) => SHELL_OPTION.test(a.text))) continue
        const b = built(ctx, first)
        if (!b) continue
        const unsafe = unsafeParts(b.info)
        if (unsafe.length === 0) continue
        const callText = snippet(lx.text.slice(receiverStart(lx.text, m.index), call.end), 70)
        const fix = re === EXEC && !b.via ? rewrite(method, first, b.info, call.args.slice(1)) : undefined
        hits.push({
          line: ctx.line.newLine,
          message: `\`${callText}\` runs a command built with ${describeHow(b.info.how, 'js')} from ${quoteList(unsafe)}${b.via} through the shell: \`;\`, \`|\` or \`$(...)\` in a value runs extra commands`,
          suggestion: fix
            ? `Run the program without a shell: \`${fix}\``
            : "Use `execFile`/`spawn` with an argument array (no `shell` option), e.g. `execFile('git', ['clone', url, dir])`.",
        })
      }
    }
    return hits
  },
}
