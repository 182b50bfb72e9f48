/**
 * A change that takes a file name's sanitiser away: `os.path.join(DIR, os.path.basename(name))`
 * rewritten as `os.path.join(DIR, name.lstrip("/"))`. The code being replaced treated the value
 * as a name from outside and kept it to one folder; the route that sends the file may lie
 * outside the hunk, so the diff itself is the evidence. Reported on the rewritten line when it
 * still uses the value, applies no sanitiser of the same job to it, and no line of the hunk
 * checks it another way.
 */
import type { FileUnderReview, DiffLine, Hunk } from '../types'
import { lex } from '../source'
import type { RuleFinding } from './events'
import { ASSIGNED, BASENAME_CALL, hasWord, rewritesMentioning, sharesMostWords, onRewrittenLine, type Family } from './rewrites'

/** The sanitiser calls, and in Python also `Path(x).name`; the group is the argument (1 for a call, 2 for `.name`). */
const BASENAME: Record<Family, RegExp> = {
  py: new RegExp(`${BASENAME_CALL.py.source}|\\b(?:Pure(?:Posix)?Path|Path)\\(\\s*([A-Za-z_][\\w.]*)\\s*\\)\\.name\\b`, 'g'),
  js: BASENAME_CALL.js,
}

/** Anything on the new side that confines or replaces a name: another sanitiser, a containment check, a cast, a match. */
const CONFINED: Record<Family, RegExp> = {
  py: /\b(?:basename|secure_filename|safe_join|send_from_directory|slugify|is_relative_to|relative_to|commonpath|commonprefix|fullmatch|match|search|startswith|isalnum|isidentifier|isdigit|int|UUID|uuid4|quote)\b|\.name\b/,
  js: /\b(?:basename|sanitizeFilename|sanitize|slugify|relative|startsWith|test|match|exec|parseInt|Number|isUUID|isAlphanumeric|encodeURIComponent|randomUUID)\b/,
}

/** A line that decides something: a branch, an assertion, a throw. */
const CONDITION: Record<Family, RegExp> = {
  py: /^\s*(?:if|elif|while|assert)\b|\bif\b.*\belse\b|\braise\b/,
  js: /^\s*(?:if|while)\s*\(|\?|\bthrow\b|\bassert\w*\(/,
}

/** An allow-list lookup (`name in THEMES`, `KNOWN.has(name)`). */
const MEMBERSHIP: Record<Family, RegExp> = {
  py: /\bin\s+[A-Za-z_([{]/,
  js: /\.(?:has|includes|indexOf)\(/,
}

/** A literal `..` (`if ".." in name`, `name.includes('..')`): a check for the walk itself. */
const DOTS = /['"`]\.\.[/\\]?['"`]/

/** The rewritten line builds or opens a path with the name (an extension or a log message needs no folder kept). */
const PATH_USE: Record<Family, RegExp> = {
  py: /\b(?:join|Path|PurePath|open|send_file|FileResponse|remove|unlink|rmtree|copy|copyfile|copy2|move|rename|save|makedirs|listdir)\s*\(/,
  js: /\b(?:join|resolve|readFile|readFileSync|writeFile|writeFileSync|createReadStream|createWriteStream|sendFile|download|unlink|unlinkSync|rm|rmSync|stat|statSync|access|existsSync|copyFile|rename|mkdir)\s*\(/,
}

/** Calls the name passes through unchanged in kind: string trims and case changes, and the path builders themselves. */
const PASSES_THROUGH = /^(?:strip|lstrip|rstrip|lower|upper|replace|trim|trimStart|trimEnd|toLowerCase|toUpperCase|join|Path|resolve|open|send_file|sendFile|readFile|readFileSync|createReadStream)$/

/** Cheap test before lexing a removed line: no sanitiser's name, no sanitiser. */
const NEEDLE = /basename|secure_filename|sanitize|Path\(/i

export function droppedBasenames(file: FileUnderReview, family: Family, ruleId: string): RuleFinding[] {
  const out: RuleFinding[] = []
  for (const { hunk, block, removed: del } of rewritesMentioning(file, NEEDLE)) {
    const code = lex(del.text, family).masked
    for (const m of code.matchAll(BASENAME[family])) {
      const name = (m[1] ?? m[2])!
      const call = m[0].slice(0, m[0].indexOf('('))
      // The removed line as it reads without the sanitiser: what a plain rewrite of it looks like.
      const unwrapped = code.slice(0, m.index) + name + code.slice(m.index + m[0].length)
      const line = block.added.find((a) => rewrites(unwrapped, lex(a.text, family).masked, name, family) && usedAsPath(hunk, a, family))
      if (!line || checkedInHunk(hunk, line, name, family)) continue
      out.push(
        onRewrittenLine(
          ruleId,
          line,
          `This change takes \`${call}()\` away from \`${name}\`: the code it replaces kept that name to one folder, and now \`../\` or an absolute path in it reaches files outside the intended directory`,
          family === 'py'
            ? `Keep \`${call}(${name})\`, or resolve the joined path and check it stays under the folder: \`p = os.path.realpath(os.path.join(BASE, ${name})); if os.path.commonpath([p, BASE]) != BASE: abort(400)\`.`
            : `Keep \`${call}(${name})\`, or resolve the path and check it stays under the folder: \`const p = path.resolve(BASE, ${name}); if (!p.startsWith(BASE + path.sep)) throw …\`.`,
        ),
      )
      break
    }
  }
  return out
}

/** The added line is the removed one rewritten: it still uses the name, shares most of its words, and confines nothing. */
function rewrites(unwrapped: string, added: string, name: string, family: Family): boolean {
  if (!added.trim() || CONFINED[family].test(added) || !hasWord(added, name) || wrapped(added, name)) return false
  return sharesMostWords(unwrapped, added)
}

/**
 * The rewritten line builds or opens a path, or keeps the name in a variable that a line of the
 * hunk does (`name = upload.filename` … `upload.save(os.path.join(DIR, name))`).
 */
function usedAsPath(hunk: Hunk, line: DiffLine, family: Family): boolean {
  const code = lex(line.text, family).masked
  if (PATH_USE[family].test(code)) return true
  const target = ASSIGNED.exec(code)?.[1]
  if (!target) return false
  return hunk.lines.some((l) => l !== line && l.kind !== 'del' && hasWord(l.text, target) && PATH_USE[family].test(lex(l.text, family).masked))
}

/**
 * Some line of the hunk's new side checks the name, or the path the rewritten line made from it,
 * another way (`if ".." in name`, `if os.path.commonpath([path, ROOT]) != ROOT`, `if (!KNOWN.has(name))`),
 * or sanitises it in place (`name = secure_filename(name)`). Another use of a sanitiser on the
 * name (`stem = basename(name)`) leaves the name itself as it was.
 */
function checkedInHunk(hunk: Hunk, rewritten: DiffLine, name: string, family: Family): boolean {
  const names = [name.split('.')[0]!]
  const target = ASSIGNED.exec(lex(rewritten.text, family).masked)?.[1]
  if (target) names.push(target)
  for (const l of hunk.lines) {
    if (l === rewritten || l.kind === 'del' || !names.some((n) => hasWord(l.text, n))) continue
    const code = lex(l.text, family).masked
    const reassigned = ASSIGNED.exec(code)?.[1]
    if (reassigned !== undefined && names.includes(reassigned) && CONFINED[family].test(code)) return true
    if (CONDITION[family].test(code) && (DOTS.test(l.text) || CONFINED[family].test(code) || MEMBERSHIP[family].test(code))) return true
  }
  return false
}

/** The name goes through a call of the code's own on the new line (`safe_name(name)`): that call may be the sanitiser moved. */
function wrapped(code: string, name: string): boolean {
  const at = new RegExp(`([\\w$]+)\\(\\s*${name.replace(/[.$]/g, '\\$&')}(?![\\w$])`, 'g')
  for (const m of code.matchAll(at)) if (!PASSES_THROUGH.test(m[1]!)) return true
  return false
}
