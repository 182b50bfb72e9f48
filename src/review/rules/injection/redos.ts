// Flags regular expressions written in the change that can take exponential time to fail
// (ReDoS, CWE-1333): the analysis is in redos-pattern.ts; this file finds the patterns on a line:
// JavaScript regex literals and `RegExp('…')`, Python `re`/`regex` calls with a literal pattern.
import type { LineContext, LineRule, RuleHit } from '../../types'
import { catastrophicGroup } from './redos-pattern'

// A repeated group is the one shape the analysis reports: lines without `)` before `*`, `+` or `{n,` cannot match.
const REPEATED_GROUP = /\)[*+]|\)\{\d+,\d*\}/
// The code right before a pattern string: a `re`/`regex` call (with the string's prefix letters) or `RegExp(`.
const PY_PATTERN_CALL = /\b(?:re|regex)\.(?:compile|match|search|fullmatch|findall|finditer|sub|subn|split)\(\s*[rRbB]{0,2}$/
const JS_PATTERN_CALL = /\bRegExp\(\s*$/
const PY_IGNORECASE = /\bre\.(I|IGNORECASE)\b|\bflags\s*=\s*re\.(I|IGNORECASE)\b/
const JS_FLAGS_ARG = /^\s*,\s*(["'])([a-z]*)\1/

interface Pattern {
  source: string
  ignoreCase: boolean
}

/** A quoted pattern's text as the regex engine sees it: `'\\d+'` in code is `\d+`; other escapes mean the same to both. */
function unquote(body: string): string {
  return body.replace(/\\\\/g, '\\')
}

/**
 * The patterns written on the line, read from the file's shared tokens (strings, regex literals and comments told
 * apart once per line): JavaScript regex literals and `RegExp('…')`, Python `re`/`regex` calls with a literal pattern.
 */
function patternsOn(ctx: LineContext): Pattern[] {
  const python = ctx.file.language === 'python'
  const text = ctx.line.text
  const { tokens } = ctx.source.tokensOf(ctx.line, python ? 'python' : 'js')
  const out: Pattern[] = []
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!
    if (tok.kind === 'regex') {
      const flags = /^[a-z]*/.exec(text.slice(tok.end))![0]
      out.push({ source: text.slice(tok.bodyStart, tok.bodyEnd), ignoreCase: flags.includes('i') })
      continue
    }
    if (tok.kind !== 'string' || !tok.closed || (tok.quote !== '"' && tok.quote !== "'")) continue
    const before = tokens[k - 1]
    const code = before?.kind === 'code' ? text.slice(before.start, before.end) : ''
    const body = text.slice(tok.bodyStart, tok.bodyEnd)
    const rest = text.slice(tok.end)
    if (python && PY_PATTERN_CALL.test(code)) out.push({ source: /r/i.test(tok.prefix) ? body : unquote(body), ignoreCase: PY_IGNORECASE.test(rest) })
    else if (!python && JS_PATTERN_CALL.test(code)) out.push({ source: unquote(body), ignoreCase: (JS_FLAGS_ARG.exec(rest)?.[2] ?? '').includes('i') })
  }
  return out
}

export const redosRule: LineRule = {
  kind: 'line',
  meta: {
    id: 'security/redos',
    title: 'Regular expression with exponential backtracking',
    severity: 'major',
    category: 'security',
    pack: 'injection',
    tier: 'core',
    languages: ['javascript', 'typescript', 'python'],
    description:
      'A repeated group whose body can match the same run of text in more than one way (`([a-z]+\\s?)+$`, `(.|\\s)*`, `([\\w.]*)*`, or alternatives that overlap such as `(a|aa)+$` and `(\\r\\n|\\r|\\n)+$`) makes a backtracking engine (V8, Python\'s `re`) try every way of splitting the run before it gives up, so an input that almost matches and then fails (`aaaa…!`) takes time exponential in its length: one request can hold the event loop or a worker for minutes (ReDoS, CWE-1333). Make each repetition start with a character the repeated part cannot match (`^[a-z]+(?:\\s[a-z]+)*$`), drop the nested quantifier, or match with a linear-time engine (`re2`).',
    examples: {
      bad: 'const FULL_NAME = /^([a-zA-Z]+\\s?)+$/\n',
      good: 'const FULL_NAME = /^[a-zA-Z]+(?:\\s[a-zA-Z]+)*$/\n',
    },
  },
  trigger: [')*', ')+', '){'],
  check(ctx) {
    const text = ctx.line.text
    if (!REPEATED_GROUP.test(text)) return undefined
    // The inside of a block comment: tokens read from a clean start would take it for code.
    if (ctx.file.language !== 'python' && text.trimStart().startsWith('*')) return undefined
    const hits: RuleHit[] = []
    for (const p of patternsOn(ctx)) {
      if (!REPEATED_GROUP.test(p.source)) continue
      const found = catastrophicGroup(p.source, p.ignoreCase)
      if (!found) continue
      hits.push({
        line: ctx.line.newLine,
        message: `\`${found.group}\` can match one run of text in many ways: an input that nearly matches and then fails makes the engine try every split, which takes time exponential in the input's length (ReDoS).`,
        suggestion: 'Make each repetition start with a character the repeated part cannot match (`[a-z]+(?:\\s[a-z]+)*` for `([a-z]+\\s?)+`), remove the nested quantifier, or match with a linear-time engine (`re2`).',
      })
      break
    }
    return hits
  },
}
