// Flags regular expressions written in the change that can take exponential time to fail
// (ReDoS, CWE-1333): the analysis is in redos-pattern.ts; this file finds the patterns on a line:
// JavaScript regex literals and `RegExp('…')`, Python `re`/`regex` calls with a literal pattern.
import type { LineRule, RuleHit } from '../../types'
import { catastrophicGroup } from './redos-pattern'

// A repeated group is the one shape the analysis reports: lines without `)` before `*`, `+` or `{n,` cannot match.
const REPEATED_GROUP = /\)[*+]|\)\{\d+,\d*\}/
const PY_CALL = /\b(?:re|regex)\.(?:compile|match|search|fullmatch|findall|finditer|sub|subn|split)\(\s*(?:[rR][bB]?|[bB][rR]?)?("|')((?:\\.|(?!\1).)*)\1/g
const JS_REGEXP_CALL = /\b(?:new\s+)?RegExp\(\s*(["'])((?:\\.|(?!\1).)*)\1\s*(?:,\s*(["'])([a-z]*)\3)?/g
// Where a `/` starts a regex literal rather than dividing: after an operator, an opening bracket or a keyword.
const REGEX_BEFORE = /(?:^|[(,=:[!&|?{};+\-*%<>~^]|\b(?:return|typeof|case|of|in|yield|await|void|delete|throw|else))\s*$/

interface Pattern {
  source: string
  ignoreCase: boolean
}

/** JavaScript regex literals on a line, skipping strings, template text and comments. */
function jsLiterals(text: string): Pattern[] {
  const out: Pattern[] = []
  let i = 0
  while (i < text.length) {
    const c = text[i]!
    if (c === '"' || c === "'" || c === '`') {
      i = skipString(text, i, c)
      continue
    }
    if (c === '/' && text[i + 1] === '/') break
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2)
      if (end < 0) break
      i = end + 2
      continue
    }
    if (c === '/' && REGEX_BEFORE.test(text.slice(0, i))) {
      const end = regexEnd(text, i + 1)
      if (end < 0) break
      const flags = /^[a-z]*/.exec(text.slice(end + 1))![0]
      out.push({ source: text.slice(i + 1, end), ignoreCase: flags.includes('i') })
      i = end + 1 + flags.length
      continue
    }
    i++
  }
  return out
}

function skipString(text: string, start: number, quote: string): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === quote) return i + 1
  }
  return text.length
}

/** Index of the `/` closing a regex literal whose body starts at `from`, or -1. */
function regexEnd(text: string, from: number): number {
  let inClass = false
  for (let i = from; i < text.length; i++) {
    const c = text[i]
    if (c === '\\') i++
    else if (c === '[') inClass = true
    else if (c === ']') inClass = false
    else if (c === '/' && !inClass) return i
  }
  return -1
}

/** A quoted pattern's text as the regex engine sees it: `'\\d+'` in code is `\d+`; other escapes mean the same to both. */
function unquote(body: string): string {
  return body.replace(/\\\\/g, '\\')
}

function patternsOn(text: string, language: string): Pattern[] {
  if (language === 'python') {
    const out: Pattern[] = []
    for (const m of text.matchAll(PY_CALL)) {
      const prefix = text.slice(m.index, m.index + m[0].indexOf(m[1]!))
      const raw = /[rR][bB]?$|[bB][rR]$/.test(prefix.replace(/\s+$/, ''))
      const rest = text.slice(m.index + m[0].length)
      out.push({ source: raw ? m[2]! : unquote(m[2]!), ignoreCase: /\bre\.(I|IGNORECASE)\b|\bflags\s*=\s*re\.(I|IGNORECASE)\b/.test(rest) })
    }
    return out
  }
  const out = jsLiterals(text)
  for (const m of text.matchAll(JS_REGEXP_CALL)) out.push({ source: unquote(m[2]!), ignoreCase: (m[4] ?? '').includes('i') })
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
      'A repeated group whose body can match the same run of text in more than one way (`([a-z]+\\s?)+$`, `(.|\\s)*`, `([\\w.]*)*`) makes a backtracking engine (V8, Python\'s `re`) try every way of splitting the run before it gives up, so an input that almost matches and then fails (`aaaa…!`) takes time exponential in its length: one request can hold the event loop or a worker for minutes (ReDoS, CWE-1333). Make each repetition start with a character the repeated part cannot match (`^[a-z]+(?:\\s[a-z]+)*$`), drop the nested quantifier, or match with a linear-time engine (`re2`).',
    examples: {
      bad: 'const FULL_NAME = /^([a-zA-Z]+\\s?)+$/\n',
      good: 'const FULL_NAME = /^[a-zA-Z]+(?:\\s[a-zA-Z]+)*$/\n',
    },
  },
  trigger: [')*', ')+', '){'],
  check(ctx) {
    const text = ctx.line.text
    if (!REPEATED_GROUP.test(text)) return undefined
    const trimmed = text.trimStart()
    if (ctx.file.language === 'python' ? trimmed.startsWith('#') : trimmed.startsWith('//') || trimmed.startsWith('*')) return undefined
    const hits: RuleHit[] = []
    for (const p of patternsOn(text, ctx.file.language)) {
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
