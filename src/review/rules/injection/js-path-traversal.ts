/** Flags res.sendFile/res.download/fs.* and path.join/resolve on request values without basename, a root option or a containment check. FP: paths checked in a helper. */
import type { DiffLine, LineRule, RuleHit, Severity } from '../../types'
import { fileGate } from '../../needles'
import { argsAt, isCommentLine, lex, lexLine, MAX_LINE, receiverStart, sinkMatches, snippet } from '../../source'

const SINK =
  /(?:\bres\.(sendFile|download)|\b(?:fs|fsp|fs\.promises|fsPromises)\.(readFile|readFileSync|createReadStream|writeFile|writeFileSync|appendFile|unlink|unlinkSync|rm|rmSync|readdir|stat|access|open)|\bpath\.(join|resolve)|(?<![\w.$])(readFile|createReadStream|writeFile|unlink)|\bBun\.(file)|\bDeno\.(readFile|readTextFile|open))\s*\(/g
const REQUEST =
  /\b(?:req|request|ctx|ctx\.request)\.(?:params|query|body)(?:\.[\w$]+|\[[^\]]+\])?|\bc\.req\.(?:param|query)\([^)]*\)|\bsearchParams\.get\([^)]*\)|\breq\.file\.originalname\b|\.originalname\b/
const CONTAINED = /\bbasename\s*\(|\bsanitize\w*\s*\(|\bsanitizeFilename\s*\(|\bfilenamify\s*\(/
const CHECKED = /\.startsWith\s*\(|\bisWithin\w*\s*\(|\bpath\.relative\s*\(|\bisInside\s*\(|\bisPathInside\s*\(/
const gate = fileGate(
  ['req.', 'request.', 'ctx.', 'c.req.', 'searchParams', 'originalname'],
  ['sendFile', 'download(', 'fs.', 'fsp.', 'readFile', 'createReadStream', 'writeFile', 'unlink', 'path.join', 'path.resolve', 'Bun.file', 'Deno.'],
)
const DECLARE = /^\s*(?:const|let|var)\s+(?:([\w$]+)|\{([^}]*)\})\s*(?::[^=]+)?=\s*(.*)$/

interface Taint {
  name: string
  source: string
}

function taintedNames(above: DiffLine[]): Taint[] {
  const out: Taint[] = []
  for (const l of above) {
    const m = DECLARE.exec(l.text)
    if (!m) continue
    const rhs = m[3]!
    const names = m[1] ? [m[1]] : m[2]!.split(',').map((p) => p.split(/[:=]/).pop()!.trim().replace(/^\.\.\./, '')).filter(Boolean)
    const code = lex(rhs, 'js').masked
    const direct = REQUEST.exec(rhs)
    const via = out.find((t) => wordIn(t.name, code))
    const keep = out.filter((t) => !names.includes(t.name))
    // `path.join(...)` on that line is itself a sink and reports there.
    if ((direct || via) && !CONTAINED.test(rhs) && !/\bpath\.(?:join|resolve)\s*\(/.test(code)) {
      for (const name of names) keep.push({ name, source: direct ? snippet(direct[0], 40) : via!.source })
    }
    out.splice(0, out.length, ...keep)
  }
  return out
}

function wordIn(name: string, code: string): boolean {
  return new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(code)
}

export const jsPathTraversal: LineRule = {
  kind: 'line',
  meta: {
    id: 'js/path-traversal',
    title: 'File path from request input',
    severity: 'critical',
    category: 'security',
    pack: 'injection',
    tier: 'core',
    languages: ['javascript', 'typescript'],
    description:
      'A file name from `req.params`, `req.query` or the body can be `../../.env` or an absolute path; `path.join(__dirname, name)` happily resolves it outside the intended folder. Reduce it to `path.basename(name)`, pass Express a `root` option (`res.sendFile(name, { root })` rejects `..`), or resolve and check the prefix.',
    examples: {
      bad: "app.get('/files/:name', (req, res) => {\n  res.sendFile(path.join(__dirname, 'uploads', req.params.name))\n})\n",
      good: "app.get('/files/:name', (req, res) => {\n  res.sendFile(req.params.name, { root: path.join(__dirname, 'uploads') })\n})\n",
    },
  },
  check(ctx) {
    if (!gate(ctx.file)) return undefined
    const text = ctx.line.text
    if (text.length > MAX_LINE) return undefined
    if (!(text.includes('File') || text.includes('.file(') || text.includes('path.') || text.includes('download(') || text.includes('fs.') || text.includes('Stream(') || text.includes('unlink'))) return undefined
    if (ctx.file.isTest || isCommentLine(text, 'js') || CONTAINED.test(text)) return undefined
    const lexed = lexLine(ctx, 'js')
    let above: DiffLine[] | undefined
    let taints: Taint[] | undefined
    for (const m of sinkMatches(lexed.masked, SINK)) {
      const name = m.slice(1).find(Boolean)!
      const { lexed: lx, call } = argsAt(ctx, 'js', lexed, m.index + m[0].length - 1)
      const from = m.index + m[0].length
      const argsText = lx.text.slice(from, call.end)
      // Express's `root` option makes `send` reject `..` segments.
      if ((name === 'sendFile' || name === 'download') && /\broot\s*:/.test(argsText)) continue
      const argsCode = [lx.masked.slice(from, call.end), ...lx.strings.filter((t) => t.start >= from && t.end <= call.end).flatMap((t) => t.interps)].join(' ')
      let source: string | undefined
      let severity: Severity = 'critical'
      const direct = REQUEST.exec(argsText)
      if (direct && (wordIn(direct[0].split(/[.([]/)[0]!, argsCode) || argsCode.includes(direct[0]))) source = `request input (\`${snippet(direct[0], 40)}\`)`
      else {
        above ??= ctx.before(30)
        taints ??= taintedNames(above)
        const t = taints.find((x) => wordIn(x.name, argsCode))
        if (t) source = `\`${t.name}\` (from \`${t.source}\`)`
        else continue
        severity = 'critical'
      }
      above ??= ctx.before(30)
      const near = [...above.slice(-4), ...ctx.after(4)].map((l) => l.text).join('\n')
      if (CHECKED.test(near)) continue
      const start = receiverStart(lx.text, m.index)
      return {
        line: ctx.line.newLine,
        message: `\`${snippet(lx.text.slice(start, call.end), 60)}\` uses ${source} as a file path: \`../\` or an absolute path in it reaches files outside the intended directory`,
        suggestion:
          name === 'sendFile' || name === 'download'
            ? `Let Express confine it: \`res.${name}(name, { root: UPLOAD_DIR })\` rejects \`..\`; or use \`path.basename(name)\`.`
            : 'Use `path.basename(name)`, or resolve and check: `const p = path.resolve(ROOT, name); if (!p.startsWith(ROOT + path.sep)) throw new Error("bad path")`.',
        severity,
      } satisfies RuleHit
    }
    return undefined
  },
}
