/**
 * Credentials written to logs or the console (CWE-532/312): a password, token, API key, client
 * secret or session id passed to a logger, `print`, `console.*` or a command's stdout, as an
 * argument, inside a formatted message, or as a field of a logged object. Logs are kept, shipped
 * and read far more widely than the stores these values belong in. What is logged about a secret
 * (its length, its last characters, a masked or hashed form, its type or lifetime) is quiet, as
 * is anything passed through a call first, serialisers (`JSON.stringify`, `json.dumps`) apart.
 */
import type { SNode } from '../../syntax/tree'
import { identifierWords } from '../../source/text'
import type { CallEvent } from '../events'
import { callText, finding, scoped, type MatchContext } from './common'
import { madePythonLogger } from './log-injection'
import { field, namedChildren, rootOf } from '../text'

/** A name's last word that makes it a credential (`password`, `new_password`, `refresh_token`, `key.secret`). */
const SECRET_TAIL = /^(password|passwd|pwd|passphrase|secret|token|apikey|credential|credentials)$/
/**
 * Two last words that do (`api_key`, `private_key`, and AWS Secrets Manager's `SecretString`/`SecretBinary`, the
 * secret a `GetSecretValue` call returns). A bare `session_id` is as often a chat's or a workout's.
 */
const SECRET_PAIR = /^(api key|access key|secret key|private key|auth header|authorization header|secret string|secret binary)$/
/** The login session's own id, as the frameworks name it. */
const AUTH_SESSION_ID = /^(req|request|ctx\.req|ctx\.request)\.(sessionID|session\.id)$|^request\.session\.session_key$/
/**
 * A command-line script's own output is its operator's terminal, where it hands over what it made. So is that of a
 * database seed (`prisma/seed.ts`, `db/seeds/`) and of the runnable examples beside the docs (`examples/`, `docs/`).
 */
const SCRIPT_PATH = /(^|\/)(scripts?|bin|tools|management\/commands|seeds|examples?|docs?)\/|(^|\/)(cli|__main__|manage)\.py$|(^|\/)seed\.(py|[cm]?[jt]s)$/

const PY_LOG_METHOD = /^(debug|info|warning|warn|error|exception|critical|fatal|log)$/
const PY_LOGGER = /^(logging|_?log|_?logger|LOGGER|LOG|self\._?log(ger)?|cls\._?log(ger)?|current_app\.logger|app\.logger)$/
const JS_LOG_METHOD = /^(debug|info|warn|warning|error|fatal|trace|log|verbose)$/
// `$log`: Ts.ED's logger (`import { $log } from '@tsed/logger'`), and AngularJS's injected one.
const JS_LOGGER = /^(console|_?log|_?logger|LOGGER|\$log|this\.(_?log|_?logger)|\w+\.log|\w+\.logger)$/

/** Calls that write their argument out whole, as text. */
const SERIALISE = /^(JSON\.stringify|util\.inspect|inspect|json\.dumps|repr|str)$/

/** Whether a name (or a string key) reads as a credential. */
function secretNamed(name: string): boolean {
  const words = identifierWords(name)
  const last = words.at(-1) ?? ''
  return SECRET_TAIL.test(last) || SECRET_PAIR.test(words.slice(-2).join(' '))
}

/** The credential a logged expression writes out as it is, if any: a name, a member, a string-keyed subscript, or one inside a message or object. */
function loggedSecret(node: SNode, text: (n: SNode) => string, depth = 0): string | undefined {
  if (depth > 3) return undefined
  switch (node.type) {
    case 'identifier':
    case 'shorthand_property_identifier':
      return secretNamed(text(node)) ? text(node) : undefined
    case 'attribute':
    case 'member_expression': {
      const prop = node.children.filter((c) => c.named).at(-1)
      return (prop && secretNamed(text(prop))) || AUTH_SESSION_ID.test(text(node)) ? text(node) : undefined
    }
    case 'subscript':
    case 'subscript_expression': {
      const key = node.children.filter((c) => c.named).at(-1)
      const literal = key && /^['"]([\w-]+)['"]$/.exec(text(key))
      return literal && secretNamed(literal[1]!) ? text(node) : undefined
    }
    case 'string':
    case 'template_string':
      for (const part of node.children) {
        if (part.type !== 'interpolation' && part.type !== 'template_substitution') continue
        const inner = part.children.find((c) => c.named && c.type !== 'format_specifier' && c.type !== 'type_conversion')
        const found = inner && loggedSecret(inner, text, depth + 1)
        if (found) return found
      }
      return undefined
    case 'object':
    case 'dictionary':
      for (const p of node.children) {
        if (p.type === 'shorthand_property_identifier') {
          if (secretNamed(text(p))) return text(p)
        } else if (p.type === 'pair') {
          const [key, value] = [p.children.find((c) => c.named), p.children.filter((c) => c.named).at(-1)]
          const found = value && (loggedSecret(value, text, depth + 1) ?? keyedSecret(key, value, text))
          if (found) return found
        }
      }
      return undefined
    case 'call_expression':
    case 'call': {
      // Serialised as it is (`JSON.stringify({ email, password })`, `json.dumps(creds)`): the text still holds the secret.
      const callee = node.children.find((c) => c.named)
      if (!callee || !SERIALISE.test(text(callee))) return undefined
      const first = node.children.filter((c) => c.named).at(-1)?.children.find((c) => c.named)
      return first ? loggedSecret(first, text, depth + 1) : undefined
    }
    case 'binary_expression':
    case 'binary_operator':
    case 'tuple':
    case 'parenthesized_expression':
      for (const c of node.children) {
        const found = c.named ? loggedSecret(c, text, depth + 1) : undefined
        if (found) return found
      }
      return undefined
    default:
      return undefined
  }
}

/** Names of what is known about a secret, not the secret: `{ token: tokenId }`, `{"password": password_length}`. */
const ABOUT_A_SECRET = /^(id|ids|type|kind|count|length|len|size|expires|expiry|ttl|at|hint|hash|hashed|set|present|valid|ok)$/

/** A field named for a credential whose value is a plain name or member (`{ password: pw }`, `extra={"token": t}`): the credential under another name. */
function keyedSecret(key: SNode | undefined, value: SNode, text: (n: SNode) => string): string | undefined {
  if (!key || !/^(identifier|attribute|member_expression)$/.test(value.type)) return undefined
  const name = text(key).replace(/^['"]|['"]$/g, '')
  const valueWord = identifierWords(text(value).split('.').at(-1) ?? '').at(-1) ?? ''
  return secretNamed(name) && !ABOUT_A_SECRET.test(valueWord) ? `${name}: ${text(value)}` : undefined
}

/** A request's whole parsed body, as Express, Fastify, Koa and Hono handlers read it. */
const WHOLE_BODY = /^(req|request|ctx\.request)\.body$/
/** Logged as itself, serialised (`JSON.stringify(req.body)`, `util.inspect(req.body)`), inside a message or as an object's field. */
function loggedBody(node: SNode, text: (n: SNode) => string, params: ReadonlySet<string>, locals: ReadonlySet<string>, depth = 0): string | undefined {
  if (depth > 3) return undefined
  const t = text(node).replace(/\s+/g, '')
  if (WHOLE_BODY.test(t) || params.has(t) || (node.type === 'shorthand_property_identifier' && locals.has(t))) return t
  const inner =
    node.type === 'call_expression' && /^(JSON\.stringify|util\.inspect|inspect)$/.test(text(node.children.find((c) => c.named)!))
      ? node.children.filter((c) => c.named).at(-1)?.children.filter((c) => c.named).slice(0, 1)
      : node.type === 'template_string'
        ? node.children.filter((c) => c.type === 'template_substitution').flatMap((c) => c.children.filter((x) => x.named))
        : node.type === 'object'
          ? node.children.flatMap((p) => (p.type === 'pair' ? p.children.filter((c) => c.named).slice(-1) : p.type === 'shorthand_property_identifier' ? [p] : []))
          : node.type === 'binary_expression'
            ? node.children.filter((c) => c.named)
            : []
  for (const c of inner ?? []) {
    const found = loggedBody(c, text, params, locals, depth + 1)
    if (found) return found
  }
  return undefined
}

/** The plain names a JS function takes (`(dto)`, `(dto: CreateUserDto)`, `({ email })` gives none). */
function parameterNames(fn: SNode, text: (n: SNode) => string): Set<string> {
  const list = field(fn, 'parameters') ?? field(fn, 'parameter')
  const out = new Set<string>()
  if (list?.type === 'identifier') out.add(text(list))
  for (const p of list && list.type !== 'identifier' ? namedChildren(list) : []) {
    const target = p.type === 'identifier' ? p : field(p, 'pattern')
    if (target?.type === 'identifier') out.add(text(target))
  }
  return out
}

/** A credential field the function reads from that body (`req.body.password`, `const { email, password } = req.body`): what logging the body writes out. */
function bodyCredential(fnText: string, body: string): string | undefined {
  const at = body.replace(/\./g, '\\.')
  const fields = [
    ...[...fnText.matchAll(new RegExp(`\\b${at}(?:\\.|\\[['"])(\\w+)`, 'g'))].map((x) => x[1]!),
    ...[...fnText.matchAll(new RegExp(`\\{([^{}]*)\\}\\s*=\\s*(?:await\\s+)?${at}\\b`, 'g'))].flatMap((x) => x[1]!.split(',').map((f) => f.split(':')[0]!.trim())),
  ]
  return fields.find((f) => secretNamed(f))
}

/**
 * The credential a name is formatted from in the function, when its only binding is an f-string that interpolates one as it
 * is (`link = f"{BASE}/reset/{token}"`, `url = f"…?key={api_key}"`); a bare name, not a call on it (`{token[:4]}` is a subscript too, so stays).
 */
function formattedSecret(name: string, scope: string): string | undefined {
  const bindings = [...scope.matchAll(new RegExp(`^[ \\t]*${name}\\s*(?::[^=\\n]+)?=(?!=)\\s*(.+)$`, 'gm'))].map((x) => x[1]!.trim())
  if (bindings.length !== 1 || !/^f["']/.test(bindings[0]!)) return undefined
  for (const x of bindings[0]!.matchAll(/\{([A-Za-z_][\w.]*)(?:![rsa])?(?::[^{}]*)?\}/g)) {
    const last = x[1]!.split('.').at(-1)!
    if (secretNamed(last)) return x[1]
  }
  return undefined
}

/** What a log call is, if it is one: Python loggers, `print`, a command's stdout, `click.echo`; `console` and JS loggers. */
function isLogCall(python: boolean, qname: string, name: string, receiverText: string | undefined, made?: { node: SNode; m: MatchContext }): boolean {
  if (python) {
    if (!receiverText) return qname === 'print'
    if (name === 'write') return /(^|\.)(stdout|stderr)$/.test(receiverText)
    return (PY_LOG_METHOD.test(name) && (PY_LOGGER.test(receiverText) || (!!made && madePythonLogger(receiverText, made.node, made.m)))) || qname === 'click.echo'
  }
  return !!receiverText && JS_LOG_METHOD.test(name) && JS_LOGGER.test(receiverText)
}

/** Flask's, Django's and Starlette's whole submitted mapping: `request.form`, `request.json`, `request.get_json()`, `request.POST`, `await request.form()`. */
const PY_WHOLE_BODY = /^(await)?(self\.)?request\.(form|json|data|values|POST|get_json\(\)|json\(\)|form\(\))$/
/** A mapping that drops a key before it is logged (`if k != "password"`, `not in SECRET_KEYS`, `.pop("password")`): a redaction, not the credential. */
const PY_REDACTS = /!=|\bnot\s+in\b|\.pop\(|\bdel\b|redact|mask|scrub/i

/**
 * The submitted mapping a Python log call writes out whole (an argument, an f-string's `{form}`, `json.dumps(form)`), when it
 * holds a credential: the request's form or JSON of a function that reads one from it (`request.form["password"]`), or a local
 * bound to a dict built from the request that names a credential key (`{k: request.form[k] for k in ("email", "password")}`).
 */
function pythonLoggedForm(node: SNode, scope: string, text: (n: SNode) => string, depth = 0): { logged: string; field: string } | undefined {
  if (depth > 3) return undefined
  const t = text(node).replace(/\s+/g, '')
  if (PY_WHOLE_BODY.test(t)) {
    const at = t.replace(/^await/, '').replace(/[.()$]/g, '\\$&')
    const read = new RegExp(`${at}(?:\\[\\s*|\\.get\\(\\s*)["']([\\w-]+)["']`, 'g')
    const field = [...scope.matchAll(read)].map((x) => x[1]!).find(secretNamed)
    return field ? { logged: text(node), field } : undefined
  }
  if (node.type === 'identifier') {
    const bindings = [...scope.matchAll(new RegExp(`^[ \\t]*${t}\\s*(?::[^=\\n]+)?=(?!=)\\s*(.+)$`, 'gm'))].map((x) => x[1]!.trim())
    const only = bindings.length === 1 ? bindings[0]! : undefined
    if (!only || !/^[{[]|^dict\(/.test(only) || !/\brequest\.(form|json|data|values|POST|get_json)\b/.test(only) || PY_REDACTS.test(only)) return undefined
    const field = [...only.matchAll(/["']([\w-]+)["']/g)].map((x) => x[1]!).find(secretNamed)
    return field ? { logged: t, field } : undefined
  }
  const inner =
    node.type === 'call' && /^(json\.dumps|repr|str|dict|pprint\.pformat)$/.test(text(field(node, 'function') ?? node))
      ? namedChildren(field(node, 'arguments') ?? node).slice(0, 1)
      : node.type === 'string'
        ? namedChildren(node).filter((c) => c.type === 'interpolation').flatMap((c) => namedChildren(c).slice(0, 1))
        : []
  for (const c of inner) {
    const found = pythonLoggedForm(c, scope, text, depth + 1)
    if (found) return found
  }
  return undefined
}

/**
 * The words a log message puts right before a value to say it is a one-time secret: `"reset code %s"`, `f"OTP: {otp_value}"`,
 * `"verification code=%s"`. The value's own name may say nothing (`code`, `value`, `digits`); the message says what it is.
 */
const LABELLED_SECRET = /\b(password|passcode|otp|one[- ]time (?:code|password)|(?:reset|verification|security|login|sign[- ]in|2fa|mfa|sms|otp|auth|authentication) code)\s*[:=]?\s*["'(]?$/i
/** A value that is a credential's record, not the credential: an id, a count, a call's result (`len(code)`, `mask(code)`). */
const PLAIN_VALUE = /^(identifier|attribute|subscript)$/
const ABOUT_VALUE = /(^|[._])(id|pk|uuid|\w+_id|len|length|count|expires_at|expiry|ttl)$|\[\s*-?\d*\s*:\s*-?\d*\s*\]$/

/** The value a Python log message labels as a one-time secret, with the label: a `%` argument or an f-string's part. */
function pythonLabelledSecret(ev: CallEvent, m: MatchContext): { value: string; label: string } | undefined {
  const message = ev.argNodes[0]
  if (!message) return undefined
  const plain = (n: SNode | undefined): n is SNode => !!n && PLAIN_VALUE.test(n.type) && !ABOUT_VALUE.test(m.text(n))
  const format = ev.args[0]?.str
  if (format !== undefined && message.type === 'string') {
    const pieces = format.split(/%(?:\([\w-]+\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?([sdrifxXeEgGcoa%])/)
    // split() with one capture group interleaves text and conversions: text, conv, text, conv, …
    let arg = 1
    for (let i = 1; i < pieces.length; i += 2) {
      const conv = pieces[i]!
      if (conv === '%') continue
      const node = ev.argNodes[arg++]
      const label = LABELLED_SECRET.exec(pieces[i - 1]!)
      if (label && /[sr]/.test(conv) && plain(node)) return { value: m.text(node), label: label[1]! }
    }
    return undefined
  }
  if (message.type !== 'string') return undefined
  let before = ''
  for (const part of message.children) {
    if (part.type === 'string_content' || part.type === 'escape_sequence') before += m.text(part)
    else if (part.type === 'interpolation') {
      const inner = namedChildren(part)[0]
      const label = LABELLED_SECRET.exec(before)
      if (label && plain(inner) && !namedChildren(part).some((c) => c.type === 'format_specifier')) return { value: m.text(inner!), label: label[1]! }
      before = ''
    }
  }
  return undefined
}

function logMatcher(python: boolean) {
  const ruleId = python ? 'python/sensitive-logging' : 'js/sensitive-logging'
  return scoped({ kinds: ['call'], needles: python ? ['log', 'LOG', 'print', 'write', 'echo'] : ['console', 'log', 'LOG'] }, (ev, m) => {
    if (ev.kind !== 'call' || m.isTest || !isLogCall(python, ev.qname ?? '', ev.name, ev.receiverText, { node: ev.node, m })) return undefined
    const console = python ? !PY_LOG_METHOD.test(ev.name) || !ev.receiverText : ev.receiverText === 'console'
    if (console && SCRIPT_PATH.test(m.path)) return undefined
    for (const arg of [...ev.argNodes, ...ev.kwNodes.values()]) {
      const secret = loggedSecret(arg, (n) => m.text(n))
      if (!secret) continue
      return finding(ruleId, ev, m, `\`${callText(ev.node, m)}\` writes \`${secret}\` to the log: logs are kept, shipped and read far more widely than the credential's own store`, 'Log that the event happened, with an id, and leave the credential out (or only its last four characters).', [], 'major')
    }
    const labelled = python && PY_LOG_METHOD.test(ev.name) ? pythonLabelledSecret(ev, m) : undefined
    if (labelled) {
      return finding(ruleId, ev, m, `\`${callText(ev.node, m)}\` writes \`${labelled.value}\`, which its message calls the ${labelled.label}, to the log: whoever reads the log can use it before its owner does`, 'Log that the code was issued, with the account id, and leave the code out.', [], 'major')
    }
    // `link = f"https://app.example.com/reset/{token}"` … `log.info("reset link: %s", link)`: the link is the token.
    const scope = python && ev.fn.node ? m.text(ev.fn.node) : undefined
    for (const arg of scope ? ev.argNodes : []) {
      const carried = arg.type === 'identifier' ? formattedSecret(m.text(arg), scope!) : undefined
      if (!carried) continue
      return finding(ruleId, ev, m, `\`${callText(ev.node, m)}\` writes \`${m.text(arg)}\`, formatted with \`${carried}\` in it, to the log: whoever reads the log can use the credential (a reset or sign-in link works as the token itself)`, 'Log that the link was issued, with the account id, and leave the link out.', [], 'major')
    }
    for (const arg of scope ? ev.argNodes : []) {
      const form = pythonLoggedForm(arg, scope!, (n) => m.text(n))
      if (!form) continue
      return finding(ruleId, ev, m, `\`${callText(ev.node, m)}\` writes \`${form.logged}\` whole to the log, and it holds the submitted \`${form.field}\`: logs are kept, shipped and read far more widely than the credential's own store`, 'Log the fields you need by name (`form["email"]`) and leave the credential out.', [], 'major')
    }
    // `logger.debug(\`login payload ${JSON.stringify(req.body)}\`)` in a handler that reads `req.body.password`: the body carries it.
    // So does a parameter the function takes whole and reads a credential from (`create(dto)` … `dto.password`).
    const fnText = !python && ev.fn.node ? m.text(ev.fn.node) : undefined
    const params = fnText ? parameterNames(ev.fn.node!, (n) => m.text(n)) : new Set<string>()
    // And a payload the function decoded itself, logged as a field of its own name (`logger.info('lookup', { body })` after
    // `const body = JSON.parse(event.body)`), when the function reads a credential from it (`body.accessToken`).
    const locals = fnText ? new Set([...fnText.matchAll(/\b(?:const|let)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*(?:await\s+)?[\w$.]+(?:<[^>]*>)?\(/g)].map((x) => x[1]!)) : new Set<string>()
    for (const arg of fnText ? ev.argNodes : []) {
      const body = loggedBody(arg, (n) => m.text(n), params, locals)
      const field = body && bodyCredential(fnText!, body)
      if (!field) continue
      const what = WHOLE_BODY.test(body) ? 'the whole request body' : `\`${body}\` whole`
      return finding(ruleId, ev, m, `\`${callText(ev.node, m)}\` writes ${what} to the log, and the ${WHOLE_BODY.test(body) ? 'handler' : 'function'} reads \`${field}\` from it: logs are kept, shipped and read far more widely than the credential's own store`, 'Log the fields you need by name (`{ email }`) and leave the credential out, or redact it first (pino\'s `redact: ["req.body.password"]`).', [], 'major')
    }
    // `log.info({ smtp: transportOptions })` with `const transportOptions = { host, auth: { user, pass: process.env.SMTP_PASS } }`:
    // a client's options object logged whole carries the credential written into it.
    for (const arg of python ? [] : ev.argNodes) {
      const held = optionsSecret(arg, m)
      if (!held) continue
      return finding(ruleId, ev, m, `\`${callText(ev.node, m)}\` writes \`${held.name}\` whole to the log, and it holds \`${held.secret}\`: logs are kept, shipped and read far more widely than the credential's own store`, 'Log the settings you need by name (`{ host: options.host, port: options.port }`) and leave the credential out.', [], 'major')
    }
    return undefined
  })
}

/** `auth: { user, pass }`: the credential pair of Nodemailer's, and many clients', connection options. */
function authPass(object: SNode, text: (n: SNode) => string): string | undefined {
  for (const p of namedChildren(object)) {
    if (p.type !== 'pair' || !/^['"]?auth['"]?$/.test(text(field(p, 'key') ?? p))) continue
    const auth = field(p, 'value')
    const pass = auth?.type === 'object' ? namedChildren(auth).find((q) => (q.type === 'pair' && /^['"]?pass['"]?$/.test(text(field(q, 'key') ?? q))) || (q.type === 'shorthand_property_identifier' && text(q) === 'pass')) : undefined
    if (pass) return 'auth.pass'
  }
  return undefined
}

/**
 * A name logged whole (or as an object's field) whose one binding in the file is an object literal holding a credential:
 * a field named for one with a value that is not written out, or `auth: { pass }`.
 */
function optionsSecret(arg: SNode, m: MatchContext): { name: string; secret: string } | undefined {
  const text = (n: SNode) => m.text(n)
  const names = arg.type === 'identifier' ? [arg] : arg.type === 'object' ? namedChildren(arg).flatMap((p) => (p.type === 'shorthand_property_identifier' ? [p] : p.type === 'pair' && field(p, 'value')?.type === 'identifier' ? [field(p, 'value')!] : [])) : []
  for (const n of names) {
    const bound = bindings(rootOf(arg), text(n), text)
    const literal = bound.length === 1 && bound[0]!.type === 'object' ? bound[0]! : undefined
    if (!literal) continue
    const secret = authPass(literal, text) ?? namedChildren(literal).map((p) => (p.type === 'pair' ? keyedSecret(field(p, 'key'), field(p, 'value') ?? p, text) : undefined)).find((x) => x)
    if (secret) return { name: text(n), secret }
  }
  return undefined
}

/** Per tree, the values each name's `const`/`let`/`var` declarators bind it to (one walk per file, on its first logged name). */
const DECLARATORS = new WeakMap<SNode, Map<string, SNode[]>>()

/** The values every declarator of `name` in the tree is bound to. */
function bindings(root: SNode, name: string, text: (n: SNode) => string): SNode[] {
  let known = DECLARATORS.get(root)
  if (!known) {
    const found = new Map<string, SNode[]>()
    const visit = (node: SNode): void => {
      if (node.type === 'variable_declarator') {
        const id = field(node, 'name')
        const value = field(node, 'value')
        if (id?.type === 'identifier' && value) found.set(text(id), [...(found.get(text(id)) ?? []), value])
      }
      for (const c of namedChildren(node)) visit(c)
    }
    visit(root)
    DECLARATORS.set(root, (known = found))
  }
  return known.get(name) ?? []
}

export const pythonSensitiveLogging = logMatcher(true)
export const javascriptSensitiveLogging = logMatcher(false)
