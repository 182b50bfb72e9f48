/**
 * Request text written into a log line as it came (CWE-117): a line break in it starts a record
 * the attacker wrote (`login ok for admin`), and terminal escapes reach whoever tails the log.
 * Reported where the client's text is formatted into the message: an f-string, template literal,
 * `+` or `%` message (`*-log-injection`), or, in the strict profile, passed as a `%s` or further
 * argument (`*-log-injection-argument`). Quiet: numbers and parsed ids, values
 * passed through `.replace("\n", …)`, `repr()`/`%r`/`!r`, `json.dumps`/`JSON.stringify` or URL
 * encoding, structured fields (`extra={…}`, keyword arguments, pino/winston objects), whole request
 * objects (printed as escaped structures), command-line scripts and tests.
 */
import type { SNode } from '../../syntax/tree'
import type { CallEvent } from '../events'
import { isInert, SAFE, type Value } from '../value'
import { callText, describeFlow, fileMatches, finding, type MatchContext, scoped } from './common'

const SCRIPT_PATH = /(^|\/)(scripts?|bin|tools|management\/commands)\/|(^|\/)(cli|__main__|manage)\.py$/
const PY_LOG_METHOD = /^(debug|info|warning|warn|error|exception|critical|fatal|log)$/
const PY_LOGGER = /^(logging|_?log|_?logger|LOGGER|LOG|\w+_log(ger)?|self\._?log(ger)?|cls\._?log(ger)?|current_app\.logger|app\.logger)$/
const JS_LOG_METHOD = /^(debug|info|warn|warning|error|fatal|trace|log|verbose|notice)$/
const JS_LOGGER = /^(console|_?log|_?logger|LOGGER|Logger|this\.(_?log|_?logger)|\w+\.log|\w+\.logger|\w+Logger)$/
/** A whole request object or container, which loggers print as an escaped structure. */
const WHOLE_REQUEST = /^(req|request|ctx|ctx\.request|c\.req)(\.(body|query|params|headers|cookies|args|form|GET|POST|META|json|values))?$/
/** A collection, which `str()` and `console` print with each item quoted and escaped (`sorted(fields)`, `[a, b]`, `{ ...q }`). */
const COLLECTION = /^(list|dictionary|set|tuple|object|array|list_comprehension|dictionary_comprehension|set_comprehension)$/
/** A message formatted in the call itself: an f-string, template literal, `+`, `%` or `.format()`. */
const BUILT_MESSAGE = /^(string|template_string|binary_expression|binary_operator|call)$/
/** A record's key or a count read off an object (`user.pk`, `invoice.id`, `res.status`): a number or a UUID. */
const ID_FIELD = /[.](pk|id|uuid|\w+_id|\w+Id|count|status|status_code|statusCode)$/
const COLLECTION_CALL = /^(sorted|list|dict|set|tuple|frozenset|Object\.(keys|entries|values)|Array\.from)\(/

/** Cannot carry a line break the client chose: constant, a number, escaped, or not the client's. */
function logSafe(v: Value | undefined): boolean {
  if (!v?.taint || v.taint.dom || isInert(v)) return true
  // A service method's parameter (`the caller's \`context\``) is only assumed to be the client's: ids, metadata, an
  // interceptor's execution context. Which of it is raw text is not known here.
  if (v.taint.source.startsWith("the caller's")) return true
  const safe = v.safe ?? 0
  return (safe & (SAFE.log | SAFE.found)) !== 0 || (safe & SAFE.all) === SAFE.all
}

/** The conversion of each `%` placeholder of a constant logging format, in order (`"user %s id %d"` → `['s', 'd']`). */
function placeholders(format: string): string[] {
  return [...format.matchAll(/%(?:\([\w-]+\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?([sdrifxXeEgGcoa%])/g)].map((m) => m[1]!).filter((c) => c !== '%')
}

const LOGGER_LIBRARY = /\b(pino|winston|bunyan|log4js|getLogger|createLogger|Logger)\b/
/** A JS name bound to a logger made in this file (`const audit = pino(...)`, `winston.createLogger(...)`). */
function madeLogger(receiverText: string, node: SNode, m: MatchContext): boolean {
  if (!/^\w+$/.test(receiverText) || !fileMatches(node, m, LOGGER_LIBRARY)) return false
  return fileMatches(node, m, new RegExp(`\\b${receiverText}\\s*=\\s*(?:pino|winston\\.createLogger|createLogger|bunyan\\.createLogger|log4js\\.getLogger|getLogger|new\\s+Logger)\\s*\\(`))
}

const PY_LOGGER_FACTORY = /\b(getLogger|get_logger|get_task_logger)\s*\(/
/** A Python name bound in this file to a logger (`audit = logging.getLogger("audit")`, `log = structlog.get_logger()`), whatever it is called. */
export function madePythonLogger(receiverText: string, node: SNode, m: MatchContext): boolean {
  if (!/^\w+$/.test(receiverText) || !fileMatches(node, m, PY_LOGGER_FACTORY)) return false
  return fileMatches(node, m, new RegExp(`^[ \\t]*${receiverText}\\s*(?::\\s*[\\w.]+\\s*)?=\\s*(?:[\\w.]+\\.)?(?:getLogger|get_logger|get_task_logger)\\s*\\(`, 'm'))
}

function isLogCall(python: boolean, ev: CallEvent, m: MatchContext): boolean {
  const receiver = ev.receiverText
  if (!receiver) return false
  if (python) return PY_LOG_METHOD.test(ev.name) && (PY_LOGGER.test(receiver) || madePythonLogger(receiver, ev.node, m))
  return JS_LOG_METHOD.test(ev.name) && (JS_LOGGER.test(receiver) || madeLogger(receiver, ev.node, m))
}

/**
 * The first argument of a call whose text the client wrote unescaped, with the node it came in and whether it is the
 * message itself built with that text (`f"login for {name}"`, `` `login for ${email}` ``, `"for " + q`).
 */
function injected(python: boolean, ev: CallEvent, m: MatchContext): { value: Value; node: SNode; built: boolean } | undefined {
  const format = python ? ev.args[0]?.str : undefined
  const specs = format !== undefined ? placeholders(format) : undefined
  for (let i = 0; i < ev.argNodes.length; i++) {
    const node = ev.argNodes[i]!
    const value = ev.args[i]
    if (node.type === 'keyword_argument' || COLLECTION.test(node.type) || COLLECTION_CALL.test(m.text(node)) || ID_FIELD.test(m.text(node)) || WHOLE_REQUEST.test(m.text(node))) continue
    // `log.info("user %r, page %d", name, page)`: a repr or a number comes out on one line.
    if (python && i > 0 && specs && specs[i - 1] !== undefined && specs[i - 1] !== 's') continue
    if (!logSafe(value)) return { value: value!, node, built: i === 0 && !!value?.built && BUILT_MESSAGE.test(node.type) }
  }
  return undefined
}

function logMatcher(python: boolean) {
  const lang = python ? 'python' : 'js'
  return scoped({ kinds: ['call'], needles: python ? ['log', 'LOG'] : ['console', 'log', 'Log', 'LOG', 'pino', 'winston', 'bunyan'] }, (ev, m) => {
    if (ev.kind !== 'call' || m.isTest || !isLogCall(python, ev, m)) return undefined
    if (SCRIPT_PATH.test(m.path)) return undefined
    const hit = injected(python, ev, m)
    if (!hit) return undefined
    const fix = python
      ? 'Pass the value as a structured field (`extra={"query": q}`), log its `repr` (`%r`), or strip line breaks first (`q.replace("\\n", " ")`).'
      : 'Log it as a field of a structured logger (`logger.info({ email }, "failed login")`), `JSON.stringify` it, or strip line breaks first (`s.replace(/[\\r\\n]/g, " ")`).'
    // The message built with the client's text is what a reviewer asks to change; the same text as a `%s` argument or a
    // further console argument is everywhere in request logging, so it is left to the strict profile.
    const ruleId = hit.built ? `${lang}/log-injection` : `${lang}/log-injection-argument`
    return finding(ruleId, ev, m, `\`${callText(ev.node, m)}\` writes ${describeFlow(hit.value, m.text(hit.node), m.row(ev.stmt))} into the log line as sent: a line break in it forges a log record`, fix, [hit.value], 'minor')
  })
}

export const pythonLogInjection = logMatcher(true)
export const javascriptLogInjection = logMatcher(false)
