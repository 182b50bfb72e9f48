/**
 * A change that hands a request's file name, as sent, to a helper of the code whose name says it
 * serves a file (`sendAttachment(res, req.query.file)`, `serve_upload(request.args["path"])`)
 * while the helper's body lies outside the hunk. The pass follows a helper it sees; one it does
 * not see is read by its name, as a reviewer of the diff reads it: a file helper given the
 * client's path serves what the path names. Only a request field named for a file or path counts,
 * only a plain call of the code's own (a method such as `res.sendFile` is the pass's), and not when
 * the hunk (or another file of the changeset, which the analysis then reads with the call's
 * arguments) defines the helper, or checks or reduces the value.
 */
import type { FileUnderReview } from '../types'
import { callArgs, lex } from '../source'
import { definedInChangeset } from './cross-file'
import type { RuleFinding } from './events'
import { onRewrittenLine, type Family } from './rewrites'

/** A helper named for serving or reading a file. */
const HELPER = /^(?:send|download|serve|stream|read|open|load)_?\w*?(?:file|attachment|upload|document|asset|export|path)s?$/i

/** The file system's and the frameworks' own functions, which the pass reads as sinks itself. */
const LIBRARY = new Set(['readFile', 'readFileSync', 'open', 'openSync', 'sendFile', 'send_file', 'send_from_directory', 'download', 'readfile', 'openFile'])

/** A request field named for a file or a path, read as sent. */
const FIELD: Record<Family, RegExp> = {
  py: /^request\.(?:args|form|values|GET|POST)(?:\[\s*["'](\w+)["']\s*\]|\.get\(\s*["'](\w+)["'][^)]*\))$/,
  js: /^req\.(?:query|params|body)\.(\w+)$/,
}
const FILE_KEY = /^(?:file|filename|file_name|fileName|path|filepath|file_path|filePath|name|attachment|doc|document)$/

/** A plain call of a named function and its arguments, one level deep. */
const CALL = /(?<![\w$.])([A-Za-z_$][\w$]*)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g

export function fileHelperCalls(file: FileUnderReview, family: Family, ruleId: string): RuleFinding[] {
  if (file.isTest) return []
  const out: RuleFinding[] = []
  // Every field the check reads is spelled this way on the line; most lines have none.
  const reads = family === 'py' ? 'request.' : 'req.'
  for (const hunk of file.hunks) {
    const lines = hunk.lines.filter((l) => l.kind !== 'del')
    for (const l of lines) {
      if (l.kind !== 'add' || !l.text.includes(reads)) continue
      const lexed = lex(l.text, family)
      for (const m of lexed.masked.matchAll(CALL)) {
        const helper = m[1]!
        if (!HELPER.test(helper) || LIBRARY.has(helper) || definedInChangeset(file.path, helper)) continue
        const args = callArgs(lexed, m.index + m[0].indexOf('(', helper.length)).args.map((a) => a.text)
        const raw = args.find((a) => {
          const f = FIELD[family].exec(a)
          const key = f && (f[1] ?? f[2])
          return key !== undefined && key !== null && FILE_KEY.test(key)
        })
        if (!raw) continue
        if (lines.some((o) => new RegExp(family === 'py' ? `^\\s*(?:async\\s+)?def\\s+${helper}\\b` : `\\bfunction\\s+${helper}\\b|\\b(?:const|let|var)\\s+${helper}\\s*=`).test(o.text))) continue
        // A check of the value (`if (!FILES.has(req.query.file))`, a `..` test); a mere presence test (`if (req.query.file)`) is none.
        if (lines.some((o) => o !== l && o.text.includes(raw) && /^\s*(?:if|elif|assert)\b|^\s*if\s*\(/.test(o.text) && /\.\.|startsWith|startswith|\.has\(|\.includes\(|\bin\s|match|test\(|fullmatch|[=!]==?/.test(o.text))) continue
        out.push(
          onRewrittenLine(
            ruleId,
            l,
            `This change hands \`${raw}\`, the client's path as sent, to \`${helper}()\`, which serves or reads a file by it: \`../\` or an absolute path in it reaches files outside the intended directory`,
            family === 'py'
              ? `Reduce the name first (\`secure_filename(...)\`, or look it up among the record's own files) before handing it to \`${helper}()\`.`
              : `Reduce the name first (\`path.basename(...)\`, or look it up among the record's own files) before handing it to \`${helper}()\`.`,
          ),
        )
        break
      }
    }
  }
  return out
}
