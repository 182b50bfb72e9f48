/**
 * A change that hands a value to a sink raw where the code beside it, in the same hunk, hands the
 * same value to a sink of the same kind through a sanitiser: a new export branch that joins
 * `filename` into a path while the branch above joins `secure_filename(filename)`, or a new
 * `res.redirect(next)` beside the unchanged `res.redirect(localPath(next))`. Where the value was
 * read may lie outside the hunk; the code the change sits in already says it is a client's. The
 * finding goes on the added line that opens or writes the path (or redirects), so a reviewer reads
 * it where the harm is.
 */
import type { DiffLine, FileUnderReview } from '../types'
import { lex } from '../source'
import type { RuleFinding } from './events'
import { ASSIGNED, BASENAME_CALL, hasWord, onRewrittenLine, type Family } from './rewrites'

/** Builds a path. */
const PATH_BUILD: Record<Family, RegExp> = {
  py: /\b(?:os\.path\.join|safe_join|Path|PurePath)\s*\(|\/\s*[A-Za-z_]/,
  js: /\bpath(?:\.posix)?\.(?:join|resolve)\s*\(|\b(?:join|resolve)\s*\(/,
}

/** Opens, writes, sends or removes a file. */
const FILE_SINK: Record<Family, RegExp> = {
  py: /\b(?:open|send_file|FileResponse|remove|unlink|rmtree|copyfile|copy2|move|rename|write_text|write_bytes|read_text|read_bytes)\s*\(/,
  js: /\b(?:readFile|readFileSync|writeFile|writeFileSync|appendFile|appendFileSync|createReadStream|createWriteStream|sendFile|download|unlink|unlinkSync|rm|rmSync|copyFile|rename)\s*\(/,
}

/** Anything on the line that confines the name another way. */
const CONFINED: Record<Family, RegExp> = {
  py: /\b(?:basename|secure_filename|safe_join|send_from_directory|slugify|is_relative_to|relative_to|commonpath|fullmatch|int|UUID|uuid4)\b/,
  js: /\b(?:basename|sanitizeFilename|sanitize|slugify|parseInt|Number|encodeURIComponent|randomUUID)\b/,
}

/** A redirect call with its one argument: `redirect(x)`, `res.redirect(x)`, `res.redirect(302, x)`. */
const REDIRECT: Record<Family, RegExp> = {
  py: /\b(?:redirect|HttpResponseRedirect|RedirectResponse)\(\s*(.+?)\s*(?:,\s*(?:code|status_code)\s*=[^)]*)?\)\s*$/,
  js: /\.redirect\(\s*(?:\d{3}\s*,\s*)?(.+?)\s*\)\s*;?\s*$/,
}

/** Words one of the sibling lines must hold (a sanitiser or a redirect), read off the raw text before any line is lexed. */
const SIBLING_WORD: Record<Family, RegExp> = {
  py: /basename|secure_filename|[Rr]edirect/,
  js: /basename|sanitize|sanitizeFilename|redirect/,
}

/** Names whose visible text is the whole expression: a plain or dotted name. */
const NAME = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/

/** A line's code as the checks read it: strings and comments blanked, interpolated expressions kept. */
function visible(text: string, family: Family): string {
  const l = lex(text, family)
  return [l.masked, ...l.strings.flatMap((s) => s.interps)].join(' ')
}

export function unsanitisedSiblings(file: FileUnderReview, family: Family, pathRule: string, redirectRule: string): RuleFinding[] {
  if (file.isTest) return []
  const out: RuleFinding[] = []
  for (const hunk of file.hunks) {
    // A new file, or a hunk of nothing but added lines, keeps no code to compare the change with.
    if (!hunk.lines.some((l) => l.kind === 'add') || hunk.lines.every((l) => l.kind === 'add')) continue
    if (!hunk.lines.some((l) => l.kind !== 'del' && SIBLING_WORD[family].test(l.text))) continue
    const lines = hunk.lines.filter((l) => l.kind !== 'del')
    const code = new Map<DiffLine, string>(lines.map((l) => [l, visible(l.text, family)]))
    out.push(...pathSiblings(lines, code, family, pathRule), ...redirectSiblings(lines, code, family, redirectRule))
  }
  return out
}

function pathSiblings(lines: DiffLine[], code: Map<DiffLine, string>, family: Family, ruleId: string): RuleFinding[] {
  const sanitised = new Map<string, { call: string; at: number }[]>()
  lines.forEach((l, at) => {
    const c = code.get(l)!
    if (!PATH_BUILD[family].test(c) && !FILE_SINK[family].test(c)) return
    for (const m of c.matchAll(BASENAME_CALL[family])) {
      const uses = sanitised.get(m[1]!) ?? []
      uses.push({ call: m[0].slice(0, m[0].indexOf('(')), at })
      sanitised.set(m[1]!, uses)
    }
  })
  if (sanitised.size === 0) return []
  const out: RuleFinding[] = []
  for (const l of lines) {
    if (l.kind !== 'add') continue
    const c = code.get(l)!
    if (!PATH_BUILD[family].test(c) || CONFINED[family].test(c)) continue
    const here = lines.indexOf(l)
    let name: string | undefined
    let call: string | undefined
    for (const [n, uses] of sanitised) {
      const use = hasWord(c, n) ? uses.find((u) => sameFunction(lines, u.at, here, family)) : undefined
      if (use) {
        name = n
        call = use.call
        break
      }
    }
    if (!name || !call || checkedInHunk(lines, name, code, family)) continue
    const target = ASSIGNED.exec(c)?.[1]
    // The path kept in a variable is harmful where an added line below opens or writes it.
    const sink = FILE_SINK[family].test(c)
      ? l
      : target === undefined
        ? undefined
        : lines.slice(here + 1).find((s) => s.kind === 'add' && hasWord(code.get(s)!, target) && FILE_SINK[family].test(code.get(s)!))
    if (!sink) continue
    out.push(
      onRewrittenLine(
        ruleId,
        sink,
        `This change builds a path from \`${name}\` as it came, where the code beside it in this hunk passes \`${name}\` through \`${call}()\` first: \`../\` or an absolute path in it reaches files outside the intended directory`,
        `Pass \`${name}\` through \`${call}()\` here too, or resolve the joined path and check it stays under the folder.`,
      ),
    )
  }
  return out
}

/** A line of the hunk's new side sanitises the name in place (`name = secure_filename(name)`) or checks it (`if ".." in name`). */
function checkedInHunk(lines: DiffLine[], name: string, code: Map<DiffLine, string>, family: Family): boolean {
  const base = name.split('.')[0]!
  return lines.some((l) => {
    const c = code.get(l)!
    if (!hasWord(c, base)) return false
    if (ASSIGNED.exec(c)?.[1] === base && CONFINED[family].test(c)) return true
    return /^\s*(?:if|elif|assert)\b|^\s*if\s*\(/.test(c) && (/['"`]\.\.['"`]/.test(l.text) || /\b(?:startswith|startsWith|commonpath|is_relative_to|includes|has)\b|\bin\s+[A-Z]/.test(c))
  })
}

/**
 * A redirect of a name raw where another redirect in the hunk sends the same name through a call
 * of the code's own (`localPath(next)`, `safe_url(nxt)`): the code already treats the name as a
 * client's destination that needs that check.
 */
function redirectSiblings(lines: DiffLine[], code: Map<DiffLine, string>, family: Family, ruleId: string): RuleFinding[] {
  const wrapped = new Map<string, { call: string; at: number }>()
  lines.forEach((l, at) => {
    const arg = REDIRECT[family].exec(code.get(l)!)?.[1]
    const m = arg ? /^([A-Za-z_$][\w$.]*)\(\s*([A-Za-z_$][\w$.]*)\s*\)$/.exec(arg) : null
    if (m && !/^(?:str|String|url_for|reverse)$/.test(m[1]!)) wrapped.set(m[2]!, { call: m[1]!, at })
  })
  if (wrapped.size === 0) return []
  const out: RuleFinding[] = []
  lines.forEach((l, here) => {
    if (l.kind !== 'add') return
    const arg = REDIRECT[family].exec(code.get(l)!)?.[1]
    const use = arg && NAME.test(arg) ? wrapped.get(arg) : undefined
    if (!arg || !use || !sameFunction(lines, use.at, here, family)) return
    const check = use.call
    out.push(
      onRewrittenLine(
        ruleId,
        l,
        `This change redirects to \`${arg}\` as it came, where the redirect beside it in this hunk sends \`${arg}\` through \`${check}()\` first: a client's \`https://evil.example\` becomes the destination`,
        `Redirect to \`${check}(${arg})\` here too.`,
      ),
    )
  })
  return out
}

/** A function's first line: a `def`, a `function`, an arrow or a method opening its body. */
const FUNCTION_HEAD: Record<Family, RegExp> = {
  py: /^\s*(?:async\s+)?def\s/,
  js: /\bfunction\b|=>\s*\{?\s*$|^\s*(?:(?:public|private|protected|static|async|get|set)\s+)*[A-Za-z_$][\w$]*\s*\([^)]*\)\s*(?::[^{]+)?\{\s*$/,
}

/** No function starts between the two lines of the hunk: the sanitised use and the raw one are the same code's. */
function sameFunction(lines: DiffLine[], a: number, b: number, family: Family): boolean {
  const [from, to] = a < b ? [a, b] : [b, a]
  for (let i = from + 1; i <= to; i++) if (FUNCTION_HEAD[family].test(lines[i]!.text)) return false
  return true
}
