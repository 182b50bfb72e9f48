/**
 * Regular expressions compiled from request data (CWE-730/1333). A pattern the client writes can
 * take exponential time to match (`(a+)+$` against a long line: ReDoS, which on Node or a Worker
 * blocks every other request), and turns a lookup meant for one value into `.*`, a match on all.
 * Searching for what the user typed means escaping it first.
 *
 * No escaper is modelled by the def-use pass, so escaping is read from the text that made the
 * pattern (`re.escape(q)`, `_.escapeRegExp(q)`, the `.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')`
 * idiom, or a name assigned only from one). Only request data counts: a pattern built from the
 * code's own values is the code's, and one from the browser's URL can only stall its own tab.
 */
import type { CallEvent, RuleFinding } from '../events'
import { isInert, isTainted, type Value } from '../value'
import { callText, describeFlow, finding, type MatchContext, scoped } from './common'
import { escapedBy, outerScopeText, vouched } from './written'

export type RegexLanguage = 'python' | 'js'

/** Escaping helpers (`re.escape`, lodash `escapeRegExp`, `escape-string-regexp`, `RegExp.escape`) and the metacharacter-escaping `replace` idiom. */
const REGEX_ESCAPE =
  /(^|[^\w$])((re|regex|RegExp)\.escape|([\w$]+\.)?(escape_?(reg_?exp|regex)\w*|escape_?re|(reg_?exp|regex|re)_?escape\w*|escapeStringRegexp|quotemeta))\s*\(|\.replace(All)?\(\s*\/\[(?=(?:\\.|[^\]\\])*[*+?])(?:\\.|[^\]\\])*\]\/g?\w*\s*,\s*['"`]\\\\\$&['"`]\s*\)/i

const FIX: Record<RegexLanguage, string> = {
  python: 'Escape the text to match it literally (`re.escape(q)`), or check it against an allow-list; if users must write patterns, match them with a linear-time engine (`google-re2`) and a length limit.',
  js: 'Escape the text to match it literally (`_.escapeRegExp(q)`, `escape-string-regexp`, `RegExp.escape(q)`), or check it against an allow-list; if users must write patterns, match them with a linear-time engine (`re2`) and a length limit.',
}

/**
 * Whether `v`, used as a regular expression and written as `written` (every text it was written
 * as, when more than one), carries request data that was neither escaped nor vouched for by a check.
 */
export function unescapedPattern(ev: CallEvent, m: MatchContext, v: Value | undefined, written: readonly string[]): boolean {
  if (!v || isInert(v) || !isTainted(v) || v.taint!.dom || vouched(v.safe)) return false
  const scope = outerScopeText(ev, m)
  if (written.length > 0 && written.every((t) => escapedBy(t, scope, REGEX_ESCAPE))) return false
  if (v.built) {
    if (vouched(v.built.safe)) return false
    return v.built.parts.some((p) => !escapedBy(p, scope, REGEX_ESCAPE))
  }
  return true
}

/** The finding for a pattern from request data, reported by `lang`'s rule at the call `ev`. */
export function regexFinding(lang: RegexLanguage, ev: CallEvent, m: MatchContext, v: Value, argText: string, use: string): RuleFinding {
  const how = describeFlow(v, argText, m.row(ev.stmt))
  return finding(
    `${lang}/regex-injection`,
    ev,
    m,
    `\`${callText(ev.node, m)}\` ${use} a regular expression ${v.built ? 'built from' : 'taken from'} ${how}: a pattern such as \`(a+)+$\` takes exponential time to match and stalls the server (ReDoS), and \`.*\` matches everything`,
    FIX[lang],
    [v],
    'major',
  )
}

/** `re`/`regex` functions that take the pattern first (or as `pattern=`). */
const PY_REGEX_FN = /^(re|regex)\.(compile|search|match|fullmatch|findall|finditer|sub|subn|split)$/

/**
 * pandas' string methods that read their pattern as a regular expression unless told `regex=False`
 * (`df["sku"].str.contains(q)`, `.str.match(q)`, `.str.extract(q)`); `.str.replace` does only with `regex=True` (pandas 2).
 */
const PANDAS_REGEX_DEFAULT = /^(contains|match|fullmatch|extract|extractall|findall|count)$/
const PANDAS_REGEX_OPT_IN = /^(replace)$/

function pandasStrPattern(ev: CallEvent, m: MatchContext): boolean {
  if (!/\.str$/.test(ev.receiverText ?? '')) return false
  const flag = ev.kwNodes.get('regex')
  const flagText = flag ? m.text(flag) : undefined
  if (PANDAS_REGEX_DEFAULT.test(ev.name)) return ev.name !== 'contains' || flagText !== 'False'
  return PANDAS_REGEX_OPT_IN.test(ev.name) && flagText === 'True'
}

export const pythonRegexInjection = scoped({ kinds: ['call'], needles: ['re', 'regex'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest) return undefined
  if (pandasStrPattern(ev, m)) {
    const [v, node] = ev.kwargs.has('pat') ? [ev.kwargs.get('pat'), ev.kwNodes.get('pat')] : [ev.args[0], ev.argNodes[0]]
    if (!unescapedPattern(ev, m, v, node ? [m.text(node)] : [])) return undefined
    return regexFinding('python', ev, m, v!, node ? m.text(node) : '', 'matches each row against')
  }
  if (!PY_REGEX_FN.test(ev.qname ?? '')) return undefined
  const [v, node] = ev.kwargs.has('pattern') ? [ev.kwargs.get('pattern'), ev.kwNodes.get('pattern')] : [ev.args[0], ev.argNodes[0]]
  if (!unescapedPattern(ev, m, v, node ? [m.text(node)] : [])) return undefined
  return regexFinding('python', ev, m, v!, node ? m.text(node) : '', 'compiles')
})

export const javascriptRegexInjection = scoped({ kinds: ['call'], needles: ['RegExp'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest || ev.qname !== 'RegExp' || ev.receiver) return undefined
  if (!unescapedPattern(ev, m, ev.args[0], ev.argNodes[0] ? [m.text(ev.argNodes[0])] : [])) return undefined
  return regexFinding('js', ev, m, ev.args[0]!, ev.argNodes[0] ? m.text(ev.argNodes[0]) : '', 'compiles')
})
