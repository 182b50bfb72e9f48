/** Flags open()/send_file()/FileResponse()/os.path.join() on request values or route params without basename/secure_filename/containment check. FP: paths checked in a helper. */
import type { DiffLine, LineRule, RuleHit, Severity } from '../../types'
import { fileGate } from '../../needles'
import { argsAt, inPythonDocstring, isCommentLine, lex, lexLine, MAX_LINE, receiverStart, sinkMatches, snippet } from '../../source'

const SINK = /(?:(?<![\w.])(open|send_file|FileResponse|Path)|\b(?:io|os|aiofiles)\.(open)|\bos\.path\.(join)|\bos\.(remove|unlink)|\bshutil\.(rmtree|copy|copyfile|move))\s*\(/g
const REQUEST = /\brequest\.(?:args|form|values|GET|POST|files|query_params|path_params|json|get_json|data)\b(?:\.get\(\s*[^)]*\)|\[[^\]]*\])?/
const UPLOAD_NAME = /\b\w+\.filename\b/
const CONTAINED = /\bsecure_filename\s*\(|\bbasename\s*\(|\bsafe_join\s*\(|\bsend_from_directory\s*\(|\)\.name\b/
const CHECKED = /\bis_relative_to\s*\(|\.startswith\s*\(|\bcommonpath\s*\(|\bcommonprefix\s*\(|\brealpath\s*\(|\.resolve\s*\(\s*\)\s*\.(?:parents|relative_to)|\brelative_to\s*\(/
const ROUTE = /^\s*@\w+\.(?:get|post|put|patch|delete|api_route|route)\s*\(/
const ASSIGN = /^\s*([A-Za-z_]\w*)\s*(?::[^=]+)?=(?!=)(.*)$/
const PARAM = /(?:^|[(,])\s*([A-Za-z_]\w*)\s*(?::\s*([^=,)]+))?(?:=\s*([^,)]*))?/g
// A finding needs both a file sink and request input (or a route) in the same file.
const gate = fileGate(
  ['open(', 'send_file', 'FileResponse', 'join(', 'Path(', 'os.remove', 'os.unlink', 'shutil.'],
  ['request.', '.filename', '.get(', '.post(', '.put(', '.patch(', '.delete(', '.route(', '.api_route('],
)
const NOT_PATH_PARAMS = /^(?:self|cls|request|req|db|session|background_tasks|response|current_user|user|settings)$/

interface Taint {
  name: string
  source: string
  severity: Severity
}

function routeParams(indent: number, above: DiffLine[]): Taint[] {
  let limit = indent
  for (let k = above.length - 1; k >= 0; k--) {
    const t = above[k]!.text
    if (!t.trim()) continue
    const ind = t.length - t.trimStart().length
    if (ind >= limit) continue
    if (!/^\s*(?:async\s+)?def\s+\w+\s*\(/.test(t)) {
      // The closing `):` of a multi-line signature sits at the def's indent.
      if (/^\s*\)/.test(t)) continue
      if (ind === 0) return []
      limit = ind
      continue
    }
    let decorated = false
    for (let j = k - 1; j >= 0 && /^\s*@/.test(above[j]!.text); j--) if (ROUTE.test(above[j]!.text)) decorated = true
    if (!decorated) return []
    const sig = above.slice(k, Math.min(above.length, k + 12)).map((l) => l.text).join(' ')
    const close = sig.search(/\)\s*(?:->[^:]+)?:/)
    const params = sig.slice(sig.indexOf('(') + 1, close < 0 ? undefined : close)
    const out: Taint[] = []
    for (const p of params.matchAll(PARAM)) {
      const [, name, type = '', dflt = ''] = p
      if (!name || NOT_PATH_PARAMS.test(name) || /Depends|UploadFile|Request|Session|\bint\b|\bfloat\b|\bbool\b|UUID/.test(type + dflt)) continue
      out.push({ name, source: '', severity: 'major' })
    }
    return out
  }
  return []
}

/** Route parameters, then names assigned from request data (or from other tainted names) in the lines above. */
function taintedNames(indent: number, above: DiffLine[]): Taint[] {
  const out = routeParams(indent, above)
  for (const l of above) {
    const m = ASSIGN.exec(l.text)
    if (!m) continue
    const name = m[1]!
    const rhs = m[2]!
    const code = lex(rhs, 'py').masked
    const tainted = REQUEST.test(rhs) || /\.filename\b/.test(code) || out.some((t) => wordIn(t.name, code))
    const keep = out.filter((t) => t.name !== name)
    // A `join(`/`Path(` on that line is itself a sink and reports there.
    if (tainted && !CONTAINED.test(rhs) && !/\bjoin\s*\(|(?<![\w.])Path\s*\(/.test(code)) keep.push({ name, source: snippet(rhs.trim(), 40), severity: 'critical' })
    out.splice(0, out.length, ...keep)
  }
  return out
}

function wordIn(name: string, code: string): boolean {
  return new RegExp(`(?<![\\w.])${name}(?!\\w)`).test(code)
}

export const pythonPathTraversal: LineRule = {
  kind: 'line',
  meta: {
    id: 'python/path-traversal',
    title: 'File path from request input',
    severity: 'critical',
    category: 'security',
    pack: 'injection',
    tier: 'core',
    languages: ['python'],
    description:
      'A file name from the request (query string, form, upload name, route parameter) can be `../../etc/passwd` or an absolute path; `os.path.join` drops everything before an absolute component. Reduce it to a base name (`werkzeug.utils.secure_filename`, `Path(name).name`) or resolve it and check it stays inside the intended directory.',
    examples: {
      bad: 'from flask import request, send_file\n\n@app.get("/download")\ndef download():\n    return send_file(os.path.join(UPLOAD_DIR, request.args["name"]))\n',
      good: 'from flask import request, send_from_directory\n\n@app.get("/download")\ndef download():\n    return send_from_directory(UPLOAD_DIR, request.args["name"])\n',
    },
  },
  check(ctx) {
    if (!gate(ctx.file)) return undefined
    const text = ctx.line.text
    if (text.length > MAX_LINE) return undefined
    if (!(text.includes('open(') || text.includes('send_file') || text.includes('FileResponse') || text.includes('join(') || text.includes('Path(') || text.includes('os.remove') || text.includes('os.unlink') || text.includes('shutil.'))) {
      return undefined
    }
    if (ctx.file.isTest || isCommentLine(text, 'py') || CONTAINED.test(text)) return undefined
    const lexed = lexLine(ctx, 'py')
    let above: DiffLine[] | undefined
    let taints: Taint[] | undefined
    for (const m of sinkMatches(lexed.masked, SINK)) {
      const name = m.slice(1).find(Boolean)!
      const { lexed: lx, call } = argsAt(ctx, 'py', lexed, m.index + m[0].length - 1)
      // `Path(BASE) / name` joins outside the call's parentheses.
      const from = m.index + m[0].length
      const to = name === 'Path' ? Math.max(call.end, text.length) : call.end
      const argsText = lx.text.slice(from, to)
      // Code only, plus the values interpolated into f-strings.
      const argsCode = [lx.masked.slice(from, to), ...lx.strings.filter((t) => t.start >= from && t.end <= to).flatMap((t) => t.interps)].join(' ')
      let source: string | undefined
      let severity: Severity = 'critical'
      const direct = REQUEST.exec(argsText)
      if (direct) source = `request data (\`${snippet(direct[0], 40)}\`)`
      else if (name !== 'open' && name !== 'Path' && UPLOAD_NAME.test(argsCode)) source = `the client-supplied upload name \`${UPLOAD_NAME.exec(argsCode)![0]}\``
      else {
        above ??= ctx.before(40)
        taints ??= taintedNames(text.length - text.trimStart().length, above)
        const t = taints.find((x) => wordIn(x.name, argsCode))
        if (t) {
          source = t.source ? `\`${t.name}\` (from \`${t.source}\`)` : `the route parameter \`${t.name}\``
          severity = t.severity
        }
      }
      if (!source) continue
      above ??= ctx.before(40)
      const near = [...above.slice(-4), ...ctx.after(4)].map((l) => l.text).join('\n')
      if (CHECKED.test(near) || inPythonDocstring(ctx)) continue
      const start = receiverStart(lx.text, m.index)
      return {
        line: ctx.line.newLine,
        message: `\`${snippet(lx.text.slice(start, call.end), 60)}\` uses ${source} as a file path: \`../\` or an absolute path in it reaches files outside the intended directory`,
        suggestion:
          name === 'send_file'
            ? 'Use `send_from_directory(BASE_DIR, name)` (it rejects paths that escape `BASE_DIR`), or `secure_filename(name)` first.'
            : 'Reduce it to a base name (`secure_filename(name)` or `Path(name).name`), or resolve and check containment: `p = (BASE / name).resolve(); if not p.is_relative_to(BASE): abort(400)`.',
        severity,
      } satisfies RuleHit
    }
    return undefined
  },
}
