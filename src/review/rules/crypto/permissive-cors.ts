// Flags CORS that admits any origin together with credentials: FastAPI/Starlette `allow_origins=["*"]` +
// `allow_credentials=True`, django-cors-headers, flask-cors, `cors({ origin: true|'*', credentials: true })`,
// gin/rs-cors, Spring, raw `Access-Control-Allow-Origin` echoing the request. Raw headers count the credentials
// flag of the same function only; blocks that run only in development and test files are skipped. Known false
// positives: a credentials flag from an unrelated block within a few lines of module-level code.
import type { DiffLine, LineContext, LineRule } from '../../types'
import { stripComment } from '../../source'
import { inDevConfigClass, inDevOnlyBlock } from './util'

/** Any-origin settings, and handlers that echo the request's Origin back. */
const ANY_ORIGIN = [
  /\ballow_origins\s*=\s*\[\s*["']\*["']\s*\]/,
  // `.*`, or a scheme followed by `.*` (`https://.*`): every host matches.
  /\ballow_origin_regex\s*=\s*r?["']\^?(?:https?\??:(?:\\?\/){2})?\.[*+]\$?["']/,
  /\bCORS_(?:ORIGIN_ALLOW_ALL|ALLOW_ALL_ORIGINS)\s*=\s*True\b/,
  // django-cors-headers regexes that match every origin (`[r"^.*$"]`, `(".*",)`).
  /\bCORS_(?:ALLOWED_ORIGIN_REGEXES|ORIGIN_REGEX_WHITELIST)\s*=\s*[[(]\s*r?["']\^?(?:https?\??:(?:\\?\/){2})?\.[*+]\$?["']/,
  /\borigins\s*=\s*(?:\[\s*)?["']\*["']/,
  // quart-cors / sanic-cors: `cors(app, allow_origin="*", allow_credentials=True)`.
  /\ballow_origin\s*=\s*(?:\[\s*)?["']\*["']/,
  /(?<![\w-])origin\s*:\s*(?:true\b|["'`]\*["'`])/,
  /(?<![\w-])origin\s*:\s*\(\s*(\w+)\s*(?:,\s*(\w+)\s*)?\)\s*=>\s*(?:\1\b|\2\s*\(\s*null\s*,\s*true\s*\))/,
  // The cors package tests a pattern with `RegExp.test`: without `$`, `/example\.com/` also admits `example.com.attacker.net`.
  /(?<![\w-])origin\s*:\s*\[?\s*\/(?![*/])(?:[^/\n\\[]|\\.|\[(?:[^\]\n\\]|\\.)*\])+(?<!\$)\/[dgimsuy]*\s*[,}\]]/,
  /\bAllowAllOrigins\s*:\s*true\b/,
  // aiohttp-cors: options keyed by origin, `"*"` standing for every one.
  /["']\*["']\s*:\s*(?:aiohttp_cors\.)?ResourceOptions\(/,
  // Next.js `headers()` and vercel.json: `{ key: 'Access-Control-Allow-Origin', value: '*' }`, scoped like an options object.
  /\bkey["']?\s*:\s*["']Access-Control-Allow-Origin["']\s*,\s*["']?value["']?\s*:\s*["']\*["']/i,
  /\bAllowedOrigins\s*:\s*\[\]string\{\s*"\*"\s*\}/,
  /\bAllowOriginFunc\s*:\s*func\s*\([^)]*\)\s*bool\s*\{\s*return\s+true\b/,
  /\ballowedOriginPatterns\s*\(\s*"\*"\s*\)|@CrossOrigin\s*\([^)]*origins\s*=\s*"\*"/,
  /Access-Control-Allow-Origin["']?\]?\s*[,:=]?\s*["']?(?:\*|\$http_origin\b)/i,
  /Access-Control-Allow-Origin["']?\]?\s*[,:=]\s*(?:req|request|r|c\.req|ctx\.request|ctx)\.(?:headers?\.origin\b|headers?\s*\[\s*["']origin["']|headers?\.get\(\s*["']origin["']|header\(\s*["']origin["']|Header\.Get\(\s*"Origin"|get_header\(\s*["']origin["'])/i,
]
const CREDENTIALS =
  /["']Access-Control-Allow-Credentials["']\s*,\s*["']?value["']?\s*:\s*["']true["']|\ballow_credentials\s*=\s*True\b|\bCORS_ALLOW_CREDENTIALS\s*=\s*True\b|\bsupports_credentials\s*=\s*True\b|(?<![\w-])credentials\s*:\s*true\b|Access-Control-Allow-Credentials["']?\s*[,:=]?\s*["']?true\b|\bAllowCredentials\s*[:=]\s*true\b|\ballowCredentials\s*(?:=\s*"true"|\(\s*true\s*\))/i
/**
 * django-cors-headers' switch for every origin. It is reported on its own: credentials may be
 * allowed in another settings module (`from .base import *`), and without them any site can
 * still read whatever the API answers to anonymous and IP-trusted callers.
 */
const DJANGO_ALL_ORIGINS = /^\s*CORS_(?:ORIGIN_ALLOW_ALL|ALLOW_ALL_ORIGINS)\s*=\s*True\b/
const FLASK_DEFAULT = /\b(?:CORS|cross_origin)\s*\(([^)]{0,500})\)/
const WINDOW = 12
const SETTINGS_WINDOW = 40

function anyOrigin(code: string): RegExpExecArray | undefined {
  if (!/rigin|RIGIN|ResourceOptions/.test(code)) return undefined
  for (const re of ANY_ORIGIN) {
    const m = re.exec(code)
    if (m) return m
  }
  return undefined
}

export const permissiveCors: LineRule = {
  kind: 'line',
  meta: {
    id: 'crypto/permissive-cors',
    title: 'CORS allows any origin with credentials',
    severity: 'major',
    category: 'security',
    pack: 'crypto',
    tier: 'recommended',
    languages: '*',
    description:
      'Allowing every origin while allowing credentials lets any website a logged-in user visits send requests with their cookies and read the responses. Most CORS libraries implement "any origin + credentials" by echoing the request\'s Origin, which browsers accept.',
    examples: {
      bad: 'app.use(\n  cors({\n    origin: true,\n    credentials: true,\n  }),\n)\n',
      good: "app.use(cors({ origin: ['https://app.example.com'], credentials: true }))\napp.use('/public', cors({ origin: '*' }))\n",
    },
  },
  trigger: ['rigin', 'RIGIN', 'redentials', 'REDENTIALS'],
  check(ctx) {
    if (ctx.file.isTest || ctx.file.language === 'markdown') return undefined
    const text = ctx.line.text
    if (!/rigin|RIGIN|redentials|REDENTIALS/.test(text)) return undefined
    const code = stripComment(text, ctx.file.language)
    const window = code.includes('CORS_') ? SETTINGS_WINDOW : WINDOW

    // flask-cors: `CORS(app, supports_credentials=True)` defaults to every origin.
    const flask = FLASK_DEFAULT.exec(code)
    if (flask && /supports_credentials\s*=\s*True/.test(flask[1]!) && !/origins|resources/.test(flask[1]!)) {
      return hit(ctx.line.newLine, flask[0], 'Pass the allowed origins explicitly: `CORS(app, origins=["https://app.example.com"], supports_credentials=True)`.')
    }
    const origin = anyOrigin(code)
    if (origin) {
      // Header-setting calls put the two headers on separate statements; an options object holds both.
      const header = /^Access-Control/i.test(origin[0])
      // A `{ key, value }` header entry is one object of a list: its sibling entries are the scope.
      const entry = /^key/i.test(origin[0])
      const credentials =
        CREDENTIALS.test(code) ||
        (!(header ? false : entry ? enclosedOnLine(code, origin.index, '[', ']') : enclosedOnLine(code, origin.index)) && neighbours(ctx, window, header).some((l) => CREDENTIALS.test(l.text)))
      if (!credentials) {
        if (!DJANGO_ALL_ORIGINS.test(code) || ctx.source.isDevOrTest || inDevConfigClass(ctx)) return undefined
        return {
          line: ctx.line.newLine,
          message: `\`${origin[0].trim()}\` lets every website call this API from its visitors' browsers and read the responses; with \`CORS_ALLOW_CREDENTIALS\` on anywhere in the settings, that includes their logged-in sessions.`,
          suggestion: fixFor(origin[0]),
        }
      }
      if (inDevOnlyBlock(ctx) || (/^Access-Control/i.test(origin[0]) && !/\*\s*$/.test(origin[0]) && (guardedOnLine(code, origin.index) || insideOriginCheck(ctx)))) return undefined
      return hit(ctx.line.newLine, origin[0].trim(), fixFor(origin[0]))
    }
    // A credentials flag added next to an existing any-origin setting; the origin line reports it when both are new.
    if (CREDENTIALS.test(code)) {
      const existing = neighbours(ctx, window, /Access-Control/i.test(code)).find((l) => l.kind === 'context' && anyOrigin(l.text))
      if (existing && !inDevOnlyBlock(ctx)) {
        const m = anyOrigin(existing.text)!
        return hit(ctx.line.newLine, m[0].trim(), fixFor(m[0]))
      }
    }
    return undefined
  },
}

/**
 * Lines around this one that belong to the same options object or call: the scan stops where the
 * enclosing bracket opens above and closes below, so a neighbouring `cors({...})` block is not mixed in.
 * Raw header code is not bracket-scoped.
 */
function neighbours(ctx: LineContext, window: number, unscoped: boolean): DiffLine[] {
  const before = ctx.before(window)
  const after = ctx.after(window)
  if (unscoped) return sameFunction(ctx.line.text, before, after) ?? [...before, ...after]
  const out: DiffLine[] = []
  let depth = 0
  for (let i = before.length - 1; i >= 0; i--) {
    const l = before[i]!
    out.push(l)
    depth += bracketDelta(l.text)
    if (depth > 0) break
  }
  // If this line already closes the block (`origin: '*' })`), nothing below belongs to it.
  depth = Math.min(0, bracketDelta(ctx.line.text))
  for (const l of after) {
    if (depth < 0) break
    out.push(l)
    depth += bracketDelta(l.text)
  }
  return out
}

/** An `if` that compares the request's Origin with trusted values: `ALLOWED.includes(origin)`, `origin in ALLOWED_ORIGINS`, `origin === APP_ORIGIN`. */
const ORIGIN_CHECK = /^\s*(?:\}\s*(?:else\s+)?)?(?:if|elif)\b.*(?:rigin\w*(?:\s*\))?\s*(?:in\b|===?\s*[\w$"'`])|\.(?:includes|has|indexOf|test|match|some)\s*\([^)]*rigin|rigin\w*\s*\.\s*(?:endsWith|startsWith|match)\s*\()/

/**
 * Whether the header is set by the body of a one-line `if` that tests the Origin against trusted values:
 * `if (ORIGINS.has(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin)`.
 * A negated test (`if (!ALLOWED.includes(origin))`) guards nothing.
 */
function guardedOnLine(code: string, index: number): boolean {
  const prefix = code.slice(0, index)
  return /^\s*(?:\}\s*else\s+)?if\s*\(/.test(prefix) && !/^\s*(?:\}\s*else\s+)?if\s*\(\s*!/.test(prefix) && ORIGIN_CHECK.test(prefix)
}

/** Whether an enclosing block of the line (a smaller-indented line above it) only runs for an origin on an allow-list. */
function insideOriginCheck(ctx: LineContext): boolean {
  let indent = /^\s*/.exec(ctx.line.text)![0].length
  const lines = ctx.before(WINDOW)
  for (let i = lines.length - 1; i >= 0 && indent > 0; i--) {
    const t = lines[i]!.text
    if (t.trim() === '' || /^\s*/.exec(t)![0].length >= indent) continue
    if (ORIGIN_CHECK.test(t)) return true
    if (FUNCTION_OPENER.test(t)) return false
    indent = /^\s*/.exec(t)![0].length
  }
  return false
}

/** A function's first line: `def add_cors(resp):`, `app.use((req, res, next) => {`, `function cors(req, res) {`, `handle(req, res) {`. */
const FUNCTION_OPENER = /\bdef\s+\w+\s*\(|\bfunction\b|=>\s*\{?\s*$|^\s*(?:async\s+)?[\w$]+\s*\([^)]*\)\s*\{\s*$|\bfunc\b/

/**
 * The lines of the function around a raw header line: headers set in one middleware or hook say nothing about the
 * response another one builds. Undefined when no function opens above within the window (module-level config).
 */
function sameFunction(text: string, before: DiffLine[], after: DiffLine[]): DiffLine[] | undefined {
  const indentOf = (t: string): number => /^\s*/.exec(t)![0].length
  let indent = indentOf(text)
  let header = -1
  const out: DiffLine[] = []
  for (let i = before.length - 1; i >= 0 && header < 0; i--) {
    const t = before[i]!.text
    if (t.trim() === '' || indentOf(t) >= indent) {
      out.push(before[i]!)
      continue
    }
    if (FUNCTION_OPENER.test(t)) header = indentOf(t)
    else {
      indent = indentOf(t)
      out.push(before[i]!)
    }
  }
  if (header < 0) return undefined
  for (const l of after) {
    if (l.text.trim() !== '' && indentOf(l.text) <= header) break
    out.push(l)
  }
  return out
}

function bracketDelta(text: string): number {
  let delta = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 40 || c === 91 || c === 123) delta++
    else if (c === 41 || c === 93 || c === 125) delta--
  }
  return delta
}

/** Whether the setting sits inside a `(...)`/`{...}` (or the brackets given) that opens and closes on this line (a one-line config). */
function enclosedOnLine(code: string, index: number, opens = '({', closes = ')}'): boolean {
  let depth = 0
  let open = -1
  for (let i = index - 1; i >= 0; i--) {
    const c = code[i]!
    if (closes.includes(c)) depth++
    else if (opens.includes(c)) {
      if (depth === 0) {
        open = i
        break
      }
      depth--
    }
  }
  if (open === -1) return false
  depth = 0
  for (let i = open; i < code.length; i++) {
    const c = code[i]!
    if (opens.includes(c)) depth++
    else if (closes.includes(c)) {
      depth--
      if (depth === 0) return true
    }
  }
  return false
}

function fixFor(setting: string): string {
  if (/allow_origin/.test(setting)) return 'List the trusted origins: `allow_origins=["https://app.example.com"]` (keep `allow_credentials=True` only with an explicit list).'
  if (/CORS_/.test(setting)) return 'Set `CORS_ALLOWED_ORIGINS = ["https://app.example.com"]` instead of allowing all origins.'
  if (/Access-Control/i.test(setting)) return 'Compare the request Origin against an allow-list and echo it only when it matches (and add `Vary: Origin`).'
  if (/Allow|allowed/.test(setting)) return 'Configure an explicit list of trusted origins instead of allowing all.'
  if (/origin\s*:\s*\[?\s*\//.test(setting)) return 'Anchor the pattern at both ends (`/^https:\\/\\/(app|admin)\\.example\\.com$/`), or list the origins.'
  return "Use an allow-list: `cors({ origin: ['https://app.example.com'], credentials: true })`."
}

function hit(line: number, setting: string, suggestion: string) {
  return {
    line,
    message: `\`${setting}\` combined with credentials lets any website make authenticated requests as your users and read the responses.`,
    suggestion,
  }
}
