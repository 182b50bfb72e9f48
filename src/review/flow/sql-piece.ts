/**
 * A change that splices a request value into a piece of SQL text while the statement that runs
 * the text lies outside the hunk: `status = request.args.get("status")` then
 * `sql += f" AND status = '{status}'"`, with the `execute(sql, …)` further down, unchanged. The
 * pass reports at a sink it sees; here the hunk shows the request read and the SQL piece, which is
 * what a reviewer of the diff reads as the injection. Only direct request reads assigned in the
 * hunk count, only pieces of a variable named for SQL whose constant text reads as SQL, and only
 * where no line of the hunk runs that variable (the pass's verdict then stands) or checks the value.
 */
import type { DiffLine, FileUnderReview } from '../types'
import { lex } from '../source'
import type { RuleFinding } from './events'
import { hasWord, onRewrittenLine, type Family } from './rewrites'

/** `name = request.args.get("x")` (Flask, Django's `request.GET`), a read the code did not convert. */
const PY_SOURCE = /^\s*([A-Za-z_]\w*)\s*=\s*request\.(?:args|form|values|GET|POST|query_params)(?:\.get\(|\[)(?![^#]*\btype\s*=)/
/** `const name = req.query.x`, `const { a, b } = req.body`. */
const JS_SOURCE = /^\s*(?:const|let|var)\s+(?:([A-Za-z_$][\w$]*)|\{([^}=]*)\})\s*=\s*req\.(?:query|body|params)\b/

/** `sql += f"…"` / `query += \`…\``: a piece appended to a variable named for SQL. */
const PIECE: Record<Family, RegExp> = {
  py: /^\s*(?:if\s[^:]*:\s*)?([A-Za-z_]\w*)\s*\+=\s*f["']/,
  js: /^\s*(?:if\s*\([^)]*\)\s*)?([A-Za-z_$][\w$]*)\s*\+=\s*`/,
}
const SQL_NAME = /sql|query|where|clause|stmt|statement/i
const SQL_TEXT = /\b(?:AND|OR|WHERE|ORDER\s+BY|GROUP\s+BY|HAVING|SELECT|SET|VALUES|LIKE|LIMIT|OFFSET)\b/

/** A call that runs the text (`execute(sql`, `query(sql`, `text(sql`, `$queryRawUnsafe(sql`). */
function runs(code: string, name: string): boolean {
  return new RegExp(`\\b(?:execute|executemany|executescript|query|raw|text|read_sql|read_sql_query|fetch|fetchrow|fetchval|fetch_all|fetch_one|all|get|run|exec|\\$queryRawUnsafe|\\$executeRawUnsafe)\\s*\\(\\s*${name}\\b`).test(code)
}

export function sqlPieces(file: FileUnderReview, family: Family, ruleId: string): RuleFinding[] {
  if (file.isTest) return []
  const out: RuleFinding[] = []
  for (const hunk of file.hunks) {
    const lines = hunk.lines.filter((l) => l.kind !== 'del')
    const sources = new Set<string>()
    for (const l of lines) {
      if (l.kind !== 'add') continue
      const m = (family === 'py' ? PY_SOURCE : JS_SOURCE).exec(l.text)
      if (!m) continue
      if (m[1]) sources.add(m[1])
      for (const n of (m[2] ?? '').split(',')) if (/^\s*[A-Za-z_$][\w$]*\s*$/.test(n)) sources.add(n.trim())
    }
    if (sources.size === 0) continue
    // The hunk's code, lexed once for all its pieces.
    let masked: string[] | undefined
    lines.forEach((l, at) => {
      if (l.kind !== 'add') return
      const target = PIECE[family].exec(l.text)?.[1]
      if (!target || !SQL_NAME.test(target)) return
      const lexed = lex(l.text, family)
      const piece = lexed.strings.find((s) => s.interps.length > 0)
      if (!piece) return
      const text = l.text.slice(piece.start, piece.end)
      if (!SQL_TEXT.test(text)) return
      const name = piece.interps.map((i) => i.trim()).find((i) => sources.has(i))
      if (!name) return
      masked ??= lines.map((o) => lex(o.text, family).masked)
      if (masked.some((code) => runs(code, target))) return
      if (checked(lines.slice(0, at), name, family)) return
      out.push(
        onRewrittenLine(
          ruleId,
          l,
          `This change splices \`${name}\`, read from the request in this hunk, into the SQL text \`${target}\`: a quote in the value rewrites the query wherever \`${target}\` is run`,
          family === 'py'
            ? `Add a placeholder and bind the value: \`${target} += " AND … = %s"\` with \`params.append(${name})\`.`
            : `Add a placeholder and bind the value: \`values.push(${name}); ${target} += \` AND … = $\${values.length}\`\`.`,
        ),
      )
    })
  }
  return out
}

/** A line before the piece checks or converts the value (`if status not in STATUSES`, `status = int(status)`). */
function checked(before: DiffLine[], name: string, family: Family): boolean {
  return before.some((l) => {
    if (!hasWord(l.text, name)) return false
    if (/^\s*(?:if|elif|assert)\b|^\s*if\s*\(|\?/.test(l.text) && /\bin\b|\bnot in\b|\.has\(|\.includes\(|\bmatch|\btest\(|isdigit|isalnum|fullmatch/.test(l.text)) return true
    return family === 'py' ? new RegExp(`^\\s*${name}\\s*=\\s*(?:int|float|uuid\\.UUID|UUID)\\(`).test(l.text) : new RegExp(`^\\s*${name}\\s*=\\s*(?:Number|parseInt|parseFloat)\\(`).test(l.text)
  })
}
