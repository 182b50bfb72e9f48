/**
 * A change that takes the HTML escaping off a value in markup it builds by hand:
 * `f"<li>{escape(item.title)}</li>"` rewritten as `f"<li>{item.title}</li>"`, or
 * `el.innerHTML = \`<b>${escapeHtml(name)}</b>\`` as `\`<b>${name}</b>\``. The replaced line escaped
 * the value, so its author held it for text from outside; the rewritten line still writes it
 * into tags. Where the value's source lies outside the hunk, the diff is the evidence.
 * Markup a framework escapes itself (JSX text, a template's variables) is not built by hand:
 * removing a second escape there is a fix, not a flaw, and stays quiet.
 */
import type { DiffLine, FileUnderReview, Hunk } from '../types'
import type { RuleFinding } from './events'
import { ASSIGNED, hasWord, rewritesMentioning, sharesMostWords, onRewrittenLine, type Family } from './rewrites'

/** `E(x)` calls that escape or clean a value for HTML, by language; the group is the argument. */
const ESCAPE: Record<Family, RegExp> = {
  py: /\b(?:html\.escape|markupsafe\.escape|escape|conditional_escape|bleach\.clean|saxutils\.escape)\(\s*([A-Za-z_][\w.]*)\s*[,)]/g,
  js: /\b(?:escapeHtml|escapeHTML|htmlEscape|_\.escape|lodash\.escape|escape|he\.encode|he\.escape|DOMPurify\.sanitize|purify\.sanitize|sanitizeHtml|sanitizeHTML|filterXSS|xss|validator\.escape|encodeHTML|escapeExpression)\(\s*([A-Za-z_$][\w$.]*)\s*[,)]/g,
}

/** The rewritten line still escapes, cleans or encodes something: the value may be handled another way. */
const STILL_SAFE: Record<Family, RegExp> = {
  py: /escape|bleach|format_html|Markup\(.*\)\.format\(|\bclean\(|quote|urlencode|json\.dumps|\bint\(/,
  js: /escape|sanitize|purify|encode|xss|textContent|innerText|JSON\.stringify|\bNumber\(|parseInt/i,
}

/** The line writes markup by hand: a tag in a string, or an HTML sink. */
const BUILDS_HTML = /<\/?[a-zA-Z][\w-]*(?:\s|>|\/>)|\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML|document\.write|\.html\(|mark_safe\(|Markup\(|HTMLResponse\(/

/** Cheap test before the regexes: no escaping call's name on the removed line. */
const NEEDLE = /escape|sanitize|clean|encode|xss/i

export function droppedEscapes(file: FileUnderReview, family: Family, ruleId: string): RuleFinding[] {
  const out: RuleFinding[] = []
  for (const { hunk, block, removed: del } of rewritesMentioning(file, NEEDLE)) {
    for (const m of del.text.matchAll(ESCAPE[family])) {
      const name = m[1]!
      const call = m[0].slice(0, m[0].indexOf('('))
      // The removed line as it reads without the escaping call's name: what a plain rewrite of it looks like.
      const unwrapped = del.text.slice(0, m.index) + del.text.slice(m.index + call.length)
      const line = block.added.find((a) => rewritten(unwrapped, a.text, name, family))
      if (!line || escapedInPlace(hunk, line, name, family)) continue
      out.push(
        onRewrittenLine(
          ruleId,
          line,
          `This change takes \`${call}()\` away from \`${name}\` in the HTML this line builds: the code it replaces escaped it, and now a \`<script>\` or an \`onerror=\` attribute in it runs in the visitor's browser`,
          family === 'py'
            ? `Keep \`${call}(${name})\`, or build the markup with \`markupsafe.Markup("…{}…").format(${name})\` / \`format_html()\`, which escape the values they fill in.`
            : `Keep \`${call}(${name})\`, or set the text with \`textContent\` / render it through a template that escapes.`,
        ),
      )
      break
    }
  }
  return out
}

/** The added line is the removed one without the escape: it still writes the value into markup, and escapes nothing. */
function rewritten(unwrapped: string, added: string, name: string, family: Family): boolean {
  if (STILL_SAFE[family].test(added) || !BUILDS_HTML.test(added) || !hasWord(added, name)) return false
  if (family === 'js' && !spliced(added, name)) return false
  return sharesMostWords(unwrapped, added)
}

/**
 * In JavaScript the value is spliced into text (a template literal's `${…}`, a `+` beside a
 * string, an HTML sink's right-hand side), not a JSX child `{name}`, which React escapes itself.
 */
function spliced(line: string, name: string): boolean {
  const n = name.replace(/[.$]/g, '\\$&')
  return new RegExp(`\\$\\{[^}]*(?<![\\w$.])${n}(?![\\w$])|['"\`]\\s*\\+\\s*${n}(?![\\w$])|(?<![\\w$.])${n}\\s*\\+\\s*['"\`]`).test(line) || /\b(?:innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|\.html\(/.test(line)
}

/** A line of the hunk's new side escapes the value in place (`name = escape(name)`) before the rewritten line uses it. */
function escapedInPlace(hunk: Hunk, rewrittenLine: DiffLine, name: string, family: Family): boolean {
  const root = name.split('.')[0]!
  return hunk.lines.some((l) => l !== rewrittenLine && l.kind !== 'del' && ASSIGNED.exec(l.text)?.[1] === root && STILL_SAFE[family].test(l.text))
}
