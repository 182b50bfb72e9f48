// Flags non-cryptographic random (`Math.random()`, `random.choice/randint/...`, PHP `rand`/`mt_rand`/`uniqid`)
// used to make tokens, passwords, session ids, nonces or OTPs. Known false positives: a secret-named
// variable that only receives a random delay; jitter/backoff/timeouts are skipped.
import type { LineContext, LineRule } from '../../types'
import { codeOf, functionName, identifierWords, stripComment } from '../../source'
import { NOT_A_SECRET_NAME, NOT_SECRET_FUNCTION, picksExisting, PRESENTATION_USE, TIMING_USE } from '../../flow/sinks/random-uses'
import { namesSecret } from './util'

const PY_RANDOM = /\brandom\.(random|randint|randrange|choice|choices|sample|getrandbits|shuffle|randbytes)\s*\(/
const JS_RANDOM = /\bMath\.random\s*\(\s*\)/
const PHP_RANDOM = /(?<![\w$>:])(rand|mt_rand|uniqid|lcg_value|str_shuffle|array_rand)\s*\(/
const TIMING = new RegExp(`${TIMING_USE.source}|sample_?rate|sampling|boundary`, 'i')
/** The target of the nearest assignment or object key before the call: `token =`, `resetToken:`, `$token .=`. */
const TARGET = /^.*(?<![\w$.])([A-Za-z_$][\w$.]*)["']?\s*(?:\]\s*)?(?:[+.]?=(?![=>])|:(?!:)|:=|=>)/

/** The variable a line declares, when the random call sits deeper (in a callback, say). */
const DECLARATION = /^\s*(?:(?:export\s+)?(?:const|let|var)\s+)?([A-Za-z_$][\w$.]*)\s*(?:\+?=(?![=>])|:=)/
const ACCUMULATOR = /^\$?(?:result|out|output|s|str|res|value|chars?|buf|buffer|i|acc|ret)$/i

/** Text that ends inside an f-string's `{…}` or a template literal's `${…}`. */
const INTERPOLATION_OPEN = /(?:\b[fF][rR]?["'][^"']*\{|`[^`]*\$\{)[^{}"'`]*$/

const FIXES: Record<string, string> = {
  python: '`secrets.token_urlsafe(32)` (or `secrets.choice(alphabet)` / `secrets.randbelow(n)`)',
  javascript: '`crypto.randomUUID()` or `crypto.getRandomValues(new Uint8Array(32))`',
  typescript: '`crypto.randomUUID()` or `crypto.getRandomValues(new Uint8Array(32))`',
  php: '`bin2hex(random_bytes(32))` (or `random_int()`)',
}

export const insecureRandom: LineRule = {
  kind: 'line',
  meta: {
    id: 'crypto/insecure-random',
    title: 'Predictable random used for a secret',
    severity: 'major',
    category: 'security',
    pack: 'crypto',
    tier: 'core',
    languages: ['javascript', 'typescript', 'python', 'php'],
    description:
      '`Math.random()`, Python\'s `random` module and PHP\'s `rand`/`mt_rand` are seeded PRNGs whose output can be predicted from a few samples, so tokens, reset codes and session ids built from them can be guessed; lodash\'s `random`/`sampleSize`/`shuffle`, shortid and nanoid\'s `non-secure` build draw from `Math.random()` too, and uuid v1 is a clock reading. Use the OS CSPRNG.',
    examples: {
      bad: "const resetToken = Math.random().toString(36).slice(2)\n",
      good: "const resetToken = crypto.randomUUID()\nconst delay = Math.random() * 1000\n",
    },
  },
  trigger: ['rand', 'uniqid'],
  check(ctx) {
    const text = ctx.line.text
    if (ctx.file.isTest || !(text.includes('random') || text.includes('rand') || text.includes('uniqid'))) return undefined
    const language = ctx.file.language
    const re = language === 'python' ? PY_RANDOM : language === 'php' ? PHP_RANDOM : JS_RANDOM
    let code = codeOf(text, language)
    let m = re.exec(code)
    if (!m && language !== 'php') {
      // `f"{user_id}-{random.random()}"`, `` `${Date.now()}-${Math.random()}` ``: code inside an interpolation, which `codeOf` blanks with the string.
      const raw = stripComment(text, language)
      const inner = re.exec(raw)
      if (inner && INTERPOLATION_OPEN.test(raw.slice(0, inner.index))) [code, m] = [raw, inner]
    }
    if (!m || /SystemRandom/.test(code) || TIMING.test(code)) return undefined
    if (picksExisting(code)) return undefined
    const before = code.slice(0, m.index)
    const target = TARGET.exec(before)?.[1]
    const declared = DECLARATION.exec(before)?.[1]
    let subject = [target, declared].find((name) => name && namesSecret(name.slice(name.lastIndexOf('.') + 1)))
    if (subject === undefined && (!target || /^\s*(?:return\b|yield\b)/.test(before) || ACCUMULATOR.test(target) || !target.includes('.'))) {
      // `return Math.random()…`, or a local (`out +=`, `code +=`, `idx =`) inside `generateToken()`: the function says what is built.
      const fn = functionName(ctx.enclosingFunction())
      if (fn && namesSecret(fn)) subject = `${fn}()`
    }
    if (subject === undefined && !target) {
      // A call continued from an assignment on the line above: `token = ''.join(\n  random.choice(…)`.
      const above = ctx.before(2).reverse().find((l) => /[([{,]\s*$/.test(l.text))
      const name = above && DECLARATION.exec(above.text)?.[1]
      if (name && namesSecret(name.slice(name.lastIndexOf('.') + 1))) subject = name
    }
    if (!subject) return undefined
    // MIME boundaries, jitter and sampling helpers are not secrets, whatever their locals are called.
    if (NOT_SECRET_FUNCTION.test(functionName(ctx.enclosingFunction()) ?? '') || NOT_A_SECRET_NAME.test(subject.replace(/\(\)$/, ''))) return undefined
    if (onlyHarmlessUses(ctx, subject)) return undefined
    const call = `${m[0].replace(/\(\s*\)?$/, '').trimEnd()}()`
    return {
      line: ctx.line.newLine,
      message: `\`${subject}\` is built from \`${call}\`, a predictable PRNG; an attacker who sees a few outputs can guess the next ${describe(subject)}.`,
      suggestion: `Use the CSPRNG instead: ${FIXES[language] ?? FIXES.javascript}.`,
    }
  },
}

/** How far below the declaration its uses are read: a local named `nonce` is used at once or not at all. */
const USE_WINDOW = 8

/**
 * A local named like a secret (`const nonce = Math.random()…`) whose every use in the lines that
 * follow is timing or presentation: it is never compared, stored or sent as a credential. A use
 * anywhere else (returned, stored, put in a URL or a header that authenticates) keeps the finding.
 */
function onlyHarmlessUses(ctx: LineContext, subject: string): boolean {
  if (!/^[A-Za-z_$][\w$]*$/.test(subject)) return false
  const use = new RegExp(`(?<![\\w$.])${subject.replace(/\$/g, '\\$')}(?![\\w$])`)
  let uses = 0
  for (const line of ctx.after(USE_WINDOW)) {
    if (!use.test(line.text)) continue
    if (!TIMING.test(line.text) && !PRESENTATION_USE.test(line.text)) return false
    uses++
  }
  return uses > 0
}

function describe(subject: string): string {
  const words = identifierWords(subject)
  if (words.includes('password') || words.includes('passwd')) return 'password'
  if (words.includes('session')) return 'session id'
  if (words.includes('nonce')) return 'nonce'
  if (words.includes('otp') || words.includes('code')) return 'code'
  if (words.includes('salt')) return 'salt'
  return 'token'
}
