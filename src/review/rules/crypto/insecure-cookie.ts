// Flags session/auth cookies with `Secure` or `HttpOnly` turned off (`secure=False`, `httpOnly: false`,
// `SESSION_COOKIE_SECURE = False`, Go `http.Cookie{Secure: false}`, hapi's `server.state(name, { isSecure: false })`) and `SameSite=None` without `Secure`.
// Any cookie that carries data the code does not spell out gets `secure=False` reported too; preference
// cookies and literal values do not. Known false positives: non-sensitive cookies whose name is not
// visible nearby; dev/test settings are skipped.
import type { DiffLine, Language, LineRule } from '../../types'
import { codeOf, stripComment } from '../../source'
import { describesSignIn } from '../../flow/sinks/cookies'
import { inDevConfigClass, namesSecret } from './util'

const PREFILTER = /secure|httponly|http_only|samesite|same_site/i
const SETTING = /\b((?:SESSION|REMEMBER|CSRF|JWT_ACCESS|JWT_REFRESH)_COOKIE_(?:SECURE|HTTPONLY))["']?\]?\s*[=:]\s*False\b/
const SETTING_SAMESITE = /\b((?:SESSION|CSRF)_COOKIE_SAMESITE)["']?\]?\s*[=:]\s*(?:None\b|["']None["'])/
const FLAG_OFF = /(?<![\w-])(secure|httponly|httpOnly|http_only|Secure|HttpOnly|isSecure|isHttpOnly)["']?\s*[:=]\s*(?:False|false)\b/
const SAMESITE_NONE = /(?<![\w-])(?:samesite|sameSite|same_site|SameSite)["']?\s*[:=]\s*(?:["']none["']|http\.SameSiteNoneMode\b)/i
const SECURE_ON = /(?<![\w-])(?:secure|Secure|isSecure)["']?\s*[:=]\s*(?:True|true)\b|SECURE\s*=\s*True/
/**
 * Code that sets cookies or configures the session cookie (not code that parses them), including the
 * cookie sections of auth libraries: NextAuth's `cookies: { sessionToken: { options } }`,
 * iron-session's `cookieOptions`, Lucia's `sessionCookie`.
 */
const COOKIE_CONTEXT = /CookieSessionFactory\s*\(|AuthTkt(?:CookieHelper|AuthenticationPolicy)\s*\(|set_cookie|\.cookie\s*\(|cookies\.set\s*\(|setCookie|Set-Cookie|\bcookie\s*[:=]\s*\{|\bcookies\s*:\s*\{|\b(?:cookieOptions|sessionCookie)\s*[:=]\s*\{|http\.Cookie\s*\{|sessions?\.Options|SessionMiddleware|\bsession\s*\(|cookie_params|CookieOptions|createCookie(?:SessionStorage)?\s*\(|\b(?:server|h)\.state\s*\(/i
const SAMESITE_KEY = /(?<![.\w])sameSite\s*:/i
const COOKIE_NAME =
  /(?:set_cookie|\.cookie|cookies\.set|setCookie\(\s*\w+\s*,|Cookie\(|\b(?:server|h)\.state\()\s*\(?\s*["'`]([^"'`]+)["'`]|\bName\s*:\s*"([^"]+)"|\b(?:key|cookie_name)\s*=\s*["']([^"']+)["']/
const SENSITIVE_COOKIE = /sess|sid|auth(?!or)|jwt|token|remember|refresh|access|login|user|csrf|xsrf/i

export const insecureCookie: LineRule = {
  kind: 'line',
  meta: {
    id: 'crypto/insecure-cookie',
    title: 'Session cookie without Secure/HttpOnly',
    severity: 'minor',
    category: 'security',
    pack: 'crypto',
    tier: 'recommended',
    languages: ['javascript', 'typescript', 'python', 'go'],
    description:
      'Without `HttpOnly` any injected script can read the session cookie; without `Secure` it is sent over plain HTTP where it can be sniffed; `SameSite=None` without `Secure` is rejected by browsers outright.',
    examples: {
      bad: "res.cookie('session', sid, { httpOnly: false, secure: true })\n",
      good: "res.cookie('session', sid, { httpOnly: true, secure: true, sameSite: 'lax' })\nres.cookie('theme', 'dark', { httpOnly: false })\n",
    },
  },
  check(ctx) {
    const text = ctx.line.text
    if (!PREFILTER.test(text)) return undefined
    const file = ctx.file
    if (ctx.source.isDevOrTest) return undefined
    const code = stripComment(text, file.language)
    const at = ctx.line.newLine

    const setting = SETTING.exec(code) ?? SETTING_SAMESITE.exec(code)
    if (setting && !(file.language === 'python' && inDevConfigClass(ctx))) {
      if (setting[1]!.startsWith('CSRF') && setting[1]!.endsWith('HTTPONLY')) return undefined
      if (setting[1]!.endsWith('SAMESITE') && [...ctx.before(40), ...ctx.after(40)].some((l) => /_COOKIE_SECURE\s*=\s*True/.test(l.text))) return undefined
      return hit(at, setting[0], setting[1]!)
    }

    const masked = codeOf(text, file.language)
    const flag = FLAG_OFF.exec(masked)
    const sameSite = flag ? undefined : SAMESITE_NONE.exec(code)
    if (!flag && !sameSite) return undefined
    const before = ctx.before(4).map((l) => l.text)
    const after = ctx.after(2).map((l) => l.text)
    const window = [...before, code, ...after]
    const joined = window.join('\n')
    const opener = openerAbove(ctx.before(MAX_OPTIONS_LINES))
    // `sameSite:` is a cookie's attribute and nothing else's: beside it, the options of a call whose head the hunk does not
    // show (`session(\n {\n key: 'app.sess',\n httpOnly: false,\n sameSite: 'lax' }, app)`) are a cookie's all the same. An
    // opener that names something (`const AUTH_COOKIE = {`) is judged by what it says.
    if (!COOKIE_CONTEXT.test(joined) && !COOKIE_CONTEXT.test(opener ?? '') && !((opener === undefined || /^[\s({[]*$/.test(opener)) && SAMESITE_KEY.test(joined))) return undefined
    // The cookie the flag belongs to: the one named on its own line (also as the first argument of a call opened above), else the nearest call above it, else below.
    const name = cookieName([code]) ?? firstArgumentName(code, ctx.before(MAX_OPTIONS_LINES), file.language) ?? cookieName(before) ?? cookieName([...after].reverse())
    const benign = name !== undefined && ((!SENSITIVE_COOKIE.test(name) && !namesSecret(name)) || describesSignIn(name) || holdsClock(code, name))
    if (benign) {
      // `{ httpOnly: false, secure: false }` on a cookie that carries data: the Secure flag is the one worth asking about, wherever it stands.
      const secureOff = flag && carriesData(code, name) ? secureFlagOff(masked) : undefined
      if (!secureOff) return undefined
      return hit(at, code.slice(secureOff.index, secureOff.index + secureOff[0].length), secureOff[1]!, name)
    }
    // A double-submit CSRF cookie (`XSRF-TOKEN`, `csrf_token`) is made for the page's script to read and send back.
    if (flag && /^(is)?http_?only$/i.test(flag[1]!) && name !== undefined && /csrf|xsrf/i.test(name)) {
      const rest = flag.index + flag[0].length
      const next = FLAG_OFF.exec(masked.slice(rest))
      if (!next || /^(is)?http_?only$/i.test(next[1]!)) return undefined
      return hit(at, code.slice(rest + next.index, rest + next.index + next[0].length), next[1]!, name)
    }
    if (sameSite) {
      if (SECURE_ON.test(joined)) return undefined
      return hit(at, code.slice(sameSite.index, sameSite.index + sameSite[0].length), 'SameSite', name)
    }
    return hit(at, code.slice(flag!.index, flag!.index + flag![0].length), flag![1]!, name)
  },
}

/** Cookies that keep a preference or a piece of UI state, which is no one's to steal. */
const PREFERENCE = /theme|lang|locale|tz|timezone|consent|currency|country|region|font|layout|sidebar|banner|tour|dismiss|seen|visited|pref|color|colour|mode/i

/**
 * `set_cookie("SomeCookie", value, secure=False)`: Secure turned off by hand on a cookie whose
 * name says nothing and whose value is not written in the code (a request value, an id, a
 * token). What it holds is unknown, so switching the flag off is worth a question; a literal
 * value (`"1"`, `'dark'`) or a preference cookie is not.
 */
function carriesData(code: string, name: string): boolean {
  if (PREFERENCE.test(name) || describesSignIn(name)) return false
  const call = /(?:set_cookie|\.cookie|cookies\.set|setCookie\(\s*\w+\s*,)\s*\(?\s*(["'`])([^"'`]+)\1\s*,\s*([^,)]+)/.exec(code)
  if (!call || call[2] !== name) return false
  return !/^\s*(?:["'`][^"'`]*["'`]|-?\d+(?:\.\d+)?|True|False|None|true|false|null)\s*$/.test(call[3]!)
}

/** The current time as the code writes it: `new Date().toISOString()`, `Date.now()`, `datetime.now(timezone.utc).isoformat()`, `int(time.time())`. */
const CLOCK = /^(?:String\(\s*)?(?:new\s+Date\(\s*\)(?:\.to\w*String\(\s*\))?|Date\.now\(\s*\)|(?:datetime\.)?datetime\.(?:now|utcnow)\([\w.]*\)(?:\.(?:isoformat|timestamp)\(\s*\))?|(?:int|str)\(\s*time\.time\(\s*\)\s*\)|time\.time\(\s*\))(?:\s*\))?$/

/**
 * `res.cookie('last_login', new Date().toISOString(), { httpOnly: false })`: whatever the name says, a cookie that holds the
 * time it was set proves nothing to the server, and a script reading it learns only when that was.
 */
function holdsClock(code: string, name: string): boolean {
  const call = /(?:set_cookie|\.cookie|cookies\.set|setCookie\(\s*\w+\s*,)\s*\(?\s*(["'`])([^"'`]+)\1\s*,\s*((?:[^,()]|\((?:[^()]|\([^()]*\))*\))+)/.exec(code)
  return !!call && call[2] === name && CLOCK.test(call[3]!.trim())
}

/** The first `secure: false` among a line's flags (after `httpOnly: false`, say). */
function secureFlagOff(masked: string): RegExpExecArray | undefined {
  for (const m of masked.matchAll(new RegExp(FLAG_OFF.source, 'g'))) if (/^(is)?secure$/i.test(m[1]!)) return m as RegExpExecArray
  return undefined
}

/** Options objects run longer than the window above (`createCookieSessionStorage({ cookie: { …` ten lines up). */
const MAX_OPTIONS_LINES = 16

/** The line that opens the object or call this line sits in, found by counting brackets upwards. */
function openerAbove(before: DiffLine[]): string | undefined {
  let depth = 0
  for (let i = before.length - 1; i >= 0; i--) {
    const text = before[i]!.text
    for (let k = text.length - 1; k >= 0; k--) {
      const c = text[k]
      if (c === ')' || c === ']' || c === '}') depth--
      else if (c === '(' || c === '[' || c === '{') depth++
    }
    if (depth > 0) return text
  }
  return undefined
}

/**
 * `"kiosk_csrf", token, http_only=False,` on the line after `resp.set_cookie(`: the name is the
 * argument that opens the line, not the cookie some earlier call on the screen set.
 */
function firstArgumentName(code: string, before: DiffLine[], language: Language): string | undefined {
  const name = /^\s*(["'`])([^"'`]+)\1\s*,/.exec(code)?.[2]
  if (name === undefined) return undefined
  const opener = openerAbove(before)
  return opener !== undefined && /(?:set_cookie|\.cookie|cookies\.set|setCookie|Cookie)\s*\(\s*$/.test(stripComment(opener, language).trimEnd()) ? name : undefined
}

function cookieName(lines: string[]): string | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = COOKIE_NAME.exec(lines[i]!)
    if (m) return m[1] ?? m[2] ?? m[3]
  }
  return undefined
}

function hit(line: number, found: string, flag: string, name?: string) {
  const cookie = name ? `the \`${name}\` cookie` : 'the cookie'
  const lower = flag.toLowerCase()
  if (lower.includes('samesite')) {
    return {
      line,
      message: `\`${found.trim()}\` without \`Secure\`: browsers reject ${cookie} (SameSite=None requires Secure), and it would be sent cross-site over HTTP.`,
      suggestion: 'Add `secure: true` (or use `SameSite=Lax` if cross-site sending is not needed).',
    }
  }
  const httpOnly = lower.includes('http')
  return {
    line,
    message: httpOnly
      ? `\`${found.trim()}\` makes ${cookie} readable from JavaScript, so any XSS can steal the session.`
      : `\`${found.trim()}\` lets ${cookie} travel over plain HTTP, where it can be sniffed and replayed.`,
    suggestion: httpOnly
      ? 'Keep the session cookie `HttpOnly`; expose anything the front end needs through an API response instead.'
      : 'Set `Secure` (`secure=True` / `secure: true`); for local HTTP development switch it by environment rather than hard-coding `False`.',
  }
}
