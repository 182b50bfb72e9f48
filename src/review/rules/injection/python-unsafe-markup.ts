/** Flags Markup()/mark_safe()/HTMLResponse() on interpolated or request data, format_html() with a formatted format string, and Jinja/Django `|safe` on request values. FP: markup built from trusted data. */
import type { LineContext, LineRule, RuleHit, Severity } from '../../types'
import { describeHow, quoteList } from './sql'
import { fileGate } from '../../needles'
import { type Arg, argsAt, callArgs, inPythonDocstring, isCommentLine, lex, lexLine, MAX_LINE, sinkMatches, snippet } from '../../source'
import { analyzeExpr, assignmentsBefore, type ExprInfo } from './expr'

const SINK = /(?:\b(?:markupsafe|flask|html)\.|(?<![\w.]))(Markup|mark_safe|SafeString|HTMLResponse|format_html)\s*\(/g
const REQUEST = /\brequest\.(?:args|form|values|GET|POST|query_params|path_params|cookies|headers|json|data|get_json)\b/
const ESCAPED = /^(?:html\.escape|escape|markupsafe\.escape|Markup\.escape|conditional_escape|bleach\.clean|format_html|nh3\.clean)\s*\(/
const SAFE_FILTER = /\{\{([^}]{0,500}?)\|\s*safe\s*\}\}/g
const IDENT = /^[A-Za-z_]\w*$/
const gate = fileGate(['Markup', 'mark_safe', 'SafeString', 'HTMLResponse', 'format_html', 'safe'])

/** Call names that escape what they are given, wherever the call sits in the expression (`"%s" % escape(x)`, `f"{escape(x)}"`). */
const ESCAPE_CALL = '(?:html\\.escape|markupsafe\\.escape|Markup\\.escape|conditional_escape|escape|bleach\\.clean|nh3\\.clean|urlencode|quote(?:_plus)?|int|float|len)'
/** Values the deployment sets, not the client: environment and configuration reads, escaped or numeric conversions. */
// `str(escape(term))` is still the escaped text: `str()` only drops the Markup type.
const HARMLESS_RHS = /^(?:(?:str\s*\(\s*)?(?:html\.escape|markupsafe\.escape|Markup\.escape|conditional_escape|escape|bleach\.clean|nh3\.clean|int|float|len)\s*\(|os\.(?:environ|getenv)\b|(?:settings|app\.config|current_app\.config|config)\s*[.[]|\d+$)/

/**
 * `url_for("auth.reset")`, `reverse("docs:index")`: the URL of one of the app's own routes; `_("Sign in")`, `gettext("…")`: a
 * message of the app's own catalogue. Given only literals, neither holds any caller's or stored text.
 */
const OWN_TEXT_CALL = /^(?:[A-Za-z_][\w.]*\.)?(?:url_for(?:_\w+)?|\w+_url_for|reverse(?:_lazy)?|_|_l|gettext|ugettext|gettext_lazy|ugettext_lazy|lazy_gettext|pgettext|pgettext_lazy)\s*\(\s*(?:(?:[A-Za-z_]\w*\s*=\s*)?(?:"[^"\\]*"|'[^'\\]*'|-?\d+|True|False|None)\s*(?:,\s*|(?=\))))+\)$/

function escapedInPlace(expr: string, part: string): boolean {
  if (!IDENT.test(part)) return false
  return new RegExp(`(?<![\\w.])${ESCAPE_CALL}\\(\\s*${part}\\s*[,)]`).test(expr)
}

/** A name last assigned, a few lines up, from an escaping call or the deployment's configuration. */
function harmlessName(ctx: LineContext, part: string): boolean {
  if (!IDENT.test(part)) return false
  const assigned = assignmentsBefore(ctx, part, 'py', 8)
  return assigned.length > 0 && assigned.every((a) => HARMLESS_RHS.test(a.rhs.trim()))
}

/**
 * A stored field that people fill in about themselves or to other users (`profile.bio`,
 * `comment.body`): another visitor's text, kept in the database and shown to everyone.
 * Fields an administrator writes (`page.description`, `help_text`) are not on the list.
 */
const USER_WRITTEN_FIELD = /^(?:[a-z_]\w*\.)+(bio|about|about_me|signature|nickname|display_name|username|tagline|headline|status_message)$|^(?:[a-z_]\w*\.)*(comment|review|reply|message|post)\.(body|text|content)$/

/**
 * A template rendered by name (`env.get_template("report.html").render(title=f"…")`, `render_template(…)`, `render_to_string(…)`):
 * what it is given are context values the template escapes, not HTML text. An environment without autoescaping is reported where it is made.
 */
const RENDERED = /^(?:[A-Za-z_][\w.]*\.get_template\(\s*(['"])[^'"]*\1\s*\)|[A-Za-z_][\w.]*)\.render(?:_async)?\(|^(?:flask\.)?render_template\(|^(?:django\.template\.loader\.)?render_to_string\(/

/** The whole expression is that render call (not `….render() + f"<p>{note}</p>"`). */
function renderedTemplate(expr: string): boolean {
  const text = expr.trim()
  const m = RENDERED.exec(text)
  if (!m) return false
  const call = callArgs(lex(text, 'py'), m[0].length - 1)
  return call.closed && call.end === text.length
}

function judge(ctx: LineContext, arg: Arg): { what: string; severity: Severity } | undefined {
  let info: ExprInfo = analyzeExpr(arg.text, 'py')
  // The expression the parts come from: the argument, or the assignment that built the name passed.
  let expr = arg.text
  if (info.literal || renderedTemplate(arg.text)) return undefined
  if (REQUEST.test(arg.text)) return { what: `request data (\`${snippet(arg.text, 40)}\`)`, severity: 'critical' }
  if (USER_WRITTEN_FIELD.test(arg.text)) return { what: `the stored user-written field \`${arg.text}\``, severity: 'major' }
  if (info.opaque && IDENT.test(arg.text)) {
    const built = assignmentsBefore(ctx, arg.text, 'py', 8).find((a) => a.info.dynamic || REQUEST.test(a.rhs))
    if (!built) return undefined
    if (renderedTemplate(built.rhs)) return undefined
    if (REQUEST.test(built.rhs)) return { what: `request data (\`${arg.text}\`, line ${built.line})`, severity: 'critical' }
    info = built.info
    expr = built.rhs
  }
  if (!info.dynamic) return undefined
  const unsafe = info.parts.filter((p) => !ESCAPED.test(p) && !/^[A-Z][A-Z0-9_]*$/.test(p) && !OWN_TEXT_CALL.test(p.trim()) && !escapedInPlace(expr, p) && !harmlessName(ctx, p))
  if (unsafe.length === 0) return undefined
  return { what: `HTML built with ${describeHow(info.how, 'py')} from ${quoteList(unsafe)}`, severity: unsafe.some((u) => REQUEST.test(u)) ? 'critical' : 'major' }
}

export const pythonUnsafeMarkup: LineRule = {
  kind: 'line',
  meta: {
    id: 'python/unsafe-markup',
    title: 'Unescaped value marked as safe HTML',
    severity: 'major',
    category: 'security',
    pack: 'injection',
    tier: 'core',
    languages: ['python', 'html'],
    description:
      '`Markup(...)`, `mark_safe(...)`, `HTMLResponse(...)` and the `|safe` template filter switch off autoescaping, so a value spliced into that HTML renders `<script>` from the data (XSS). `format_html` escapes only its arguments, so an f-string or `%`-formatted format string passes its values through raw. Let the template escape values, or build markup with `format_html`/`Markup("<b>{}</b>").format(value)`, which escape their arguments.',
    examples: {
      bad: 'from markupsafe import Markup\n\ndef greeting(name):\n    return Markup(f"<b>Hello {name}</b>")\n',
      good: 'from markupsafe import Markup\n\ndef greeting(name):\n    return Markup("<b>Hello {}</b>").format(name)\n',
    },
  },
  check(ctx) {
    if (!gate(ctx.file) || ctx.file.isTest) return undefined
    const text = ctx.line.text
    if (text.length > MAX_LINE) return undefined
    if (ctx.file.language === 'html') {
      if (!text.includes('safe') || !text.includes('request')) return undefined
      const hits: RuleHit[] = []
      for (const m of text.matchAll(SAFE_FILTER)) {
        const expr = m[1]!.trim()
        if (!/\brequest\./.test(expr)) continue
        hits.push({
          line: ctx.line.newLine,
          message: `\`{{ ${snippet(expr, 40)} | safe }}\` renders request data without escaping: \`<script>\` in the value runs in the page (XSS)`,
          suggestion: `Drop \`| safe\` and let the template escape it: \`{{ ${snippet(expr, 40)} }}\`.`,
          severity: 'critical',
        })
      }
      return hits
    }
    if (!(text.includes('Markup') || text.includes('mark_safe') || text.includes('SafeString') || text.includes('HTMLResponse') || text.includes('format_html'))) return undefined
    if (isCommentLine(text, 'py')) return undefined
    const lexed = lexLine(ctx, 'py')
    const hits: RuleHit[] = []
    for (const m of sinkMatches(lexed.masked, SINK)) {
      const name = m[1]!
      const { call } = argsAt(ctx, 'py', lexed, m.index + m[0].length - 1)
      const first = call.args.find((a) => !/^\w+\s*=/.test(a.text)) ?? call.args.find((a) => /^content\s*=/.test(a.text))
      if (!first) continue
      const arg = /^content\s*=/.test(first.text) ? { ...first, text: first.text.replace(/^content\s*=\s*/, '') } : first
      const verdict = judge(ctx, arg)
      if (!verdict) continue
      const response = name === 'HTMLResponse'
      if (name === 'format_html') {
        // Only the arguments after the format string are escaped; values formatted into the string itself are not.
        hits.push({
          line: ctx.line.newLine,
          message: `\`format_html(...)\` gets ${verdict.what} as its format string, which it does not escape (XSS)`,
          suggestion: 'Keep the format string literal and pass values as arguments: `format_html("<h2>{}</h2>", heading)`.',
          severity: verdict.severity,
        })
        continue
      }
      hits.push({
        line: ctx.line.newLine,
        message: response
          ? `\`HTMLResponse(...)\` sends ${verdict.what} unescaped, so markup in it runs as script (XSS)`
          : `\`${name}(...)\` marks ${verdict.what} as safe, so markup in the value renders unescaped (XSS)`,
        suggestion: response
          ? 'Escape values first (`html.escape(name)`) or render a template, which autoescapes.'
          : name === 'Markup'
            ? 'Let Markup escape the values: `Markup("<b>{}</b>").format(name)`.'
            : 'Use `format_html("<b>{}</b>", name)`, which escapes its arguments.',
        severity: verdict.severity,
      })
    }
    // Docstrings show examples; checked last because it looks back over many lines.
    return hits.length > 0 && inPythonDocstring(ctx) ? undefined : hits
  },
}
