// Flags MD5/SHA-1 applied to passwords, tokens or secrets (hashlib, createHash, md5(), Digest::MD5, md5.Sum).
// Known false positives: hashing a value whose name merely contains "token" (e.g. lexer tokens);
// MD5 for cache keys, ETags and checksums is not flagged.
import type { DiffLine, LineContext, LineRule } from '../../types'
import { codeOf, functionName, identifierWords, stripComment } from '../../source'
import { namesSecret } from './util'

const PREFILTER = /md5|sha1|MD5|SHA1|sha-1|SHA-1|sha-?(?:256|384|512)|SHA(?:256|384|512)|METHOD_(?:CRYPT|MD5)/
/** A call that hashes its argument directly: `hashlib.md5(x`, `md5(x`, `Digest::SHA1.hexdigest(x`, `md5.Sum([]byte(x`, PyCryptodome's `SHA1.new(x`. */
const DIRECT =
  /(?:\bhashlib\.new\(\s*["'](md5|sha1)["']\s*,|\bhashlib\.(md5|sha1)\s*\(|\bCryptoJS\.(MD5|SHA1)\s*\(|\bDigest::(MD5|SHA1)\.(?:hex|base64)?digest\s*\(?|\b(md5|sha1)\.Sum\s*\(|\bhash\(\s*["'](md5|sha1)["']\s*,|\bDigestUtils\.(md5|sha1)\w*\s*\(|(?<![\w.$])(md5|sha1)\s*\(|(?<![\w$])(?:(?:Crypto|Cryptodome)\.Hash\.)?(MD5|SHA1)\.new\()/gi
/** A hasher object that is fed later: `createHash('md5')`, `hashlib.md5()`, `MessageDigest.getInstance("MD5")`. */
const FACTORY = /\bcreateHash\(\s*["'`](md5|sha1)["'`]\s*\)|\bMessageDigest\.getInstance\(\s*"(MD5|SHA-?1)"\s*\)|\b(md5|sha1)\.New\(\)/i
const UNIX_CRYPT = /\bcrypt\.crypt\((?=[^)]*METHOD_(CRYPT|MD5)\b)/
/** A fast SHA-2 hasher (`createHash('sha256')`, algorithm in capture 1) or call (`CryptoJS.SHA256(x`, algorithm in 2; capture 3 marks the call form). */
const FAST_FACTORY = /\bcreateHash\(\s*["'`](sha-?(?:256|384|512))["'`]\s*\)|\bCryptoJS\.(SHA(?:256|384|512))(\()/i
/** Password-named values that are not passwords: reset tokens and codes, which SHA-256 protects well. */
const NOT_A_PASSWORD = /[Tt]oken|TOKEN|[Rr]eset|RESET|[Cc]ode\b|CODE/
const DEFINITION = /\b(?:def|function|func|fun)\s+$/
const FEED = /\.(?:update|digest|Write)\(([^)]*)/
/** `password`, `userPassword`, `PASSWD`, `pwd`, `pw`, a `pin` or `passcode` — but not `bypass`, `passenger` or `pinned`. */
const PASSWORD = /(?:(?<![A-Za-z])[Pp]|P)(?:ass(?:word|wd|phrase|code)?|wd|w|in(?:_?[Cc]ode)?)s?(?![a-z])|PASS(?:WORD|WD|CODE)?(?![A-Z])|(?<![A-Z])PIN(?![A-Z])/
const SECRET = /(?:(?<![A-Za-z])[st]|S|T)(?:ecret|oken(?!i[sz]))|SECRET|TOKEN|api_?key|apiKey|API_?KEY|[Cc]redential/

function argumentOf(code: string, from: number): string {
  let depth = 1
  let i = from
  for (; i < code.length && depth > 0; i++) {
    const c = code[i]
    if (c === '(' || c === '[') depth++
    else if (c === ')' || c === ']') depth--
  }
  return code.slice(from, depth === 0 ? i - 1 : i)
}

function sensitive(args: string): 'password' | 'secret' | undefined {
  if (/usedforsecurity\s*=\s*False/.test(args)) return undefined
  if (PASSWORD.test(args)) return 'password'
  if (SECRET.test(args)) return 'secret'
  return undefined
}

export const weakPasswordHash: LineRule = {
  kind: 'line',
  meta: {
    id: 'crypto/weak-password-hash',
    title: 'MD5/SHA-1 used for passwords or tokens',
    severity: 'major',
    category: 'security',
    pack: 'crypto',
    tier: 'core',
    languages: ['python', 'javascript', 'typescript', 'php', 'ruby', 'go', 'java', 'kotlin'],
    description:
      'MD5 and SHA-1 are fast, unsalted hashes: a GPU tries billions of candidate passwords a second, so leaked password hashes are cracked in bulk. Passwords need a slow, salted KDF (bcrypt, scrypt, Argon2, PBKDF2); tokens need at least SHA-256 or an HMAC.',
    examples: {
      bad: 'hashed = hashlib.md5(password.encode()).hexdigest()\n',
      good: 'etag = hashlib.md5(body).hexdigest()\nhashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt())\n',
    },
  },
  trigger: ['md5', 'sha1', 'MD5', 'SHA1', 'sha-1', 'SHA-1', 'sha256', 'sha384', 'sha512', 'SHA256', 'SHA384', 'SHA512', 'METHOD_CRYPT'],
  check(ctx) {
    const text = ctx.line.text
    if (ctx.file.isTest || !PREFILTER.test(text)) return undefined
    const language = ctx.file.language
    const code = stripComment(text, language)
    const masked = codeOf(text, language)
    if (language === 'python' && !ctx.source.isDevOrTest) {
      const hasher = djangoFirstHasher(code, ctx.before(1)[0]?.text ?? '')
      if (hasher) {
        return {
          line: ctx.line.newLine,
          message: `\`${hasher}\` is the first of \`PASSWORD_HASHERS\`, so Django hashes every new password with it: fast, unsalted digests are cracked in bulk.`,
          suggestion: 'Put `PBKDF2PasswordHasher` or `Argon2PasswordHasher` first; keep the legacy hasher further down only to read old hashes.',
        }
      }
    }
    for (const m of code.matchAll(DIRECT)) {
      // The call itself must be code, not text inside a string.
      if (masked[m.index + m[0].length - 1] !== code[m.index + m[0].length - 1]) continue
      if (DEFINITION.test(code.slice(0, m.index))) continue
      const algorithm = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8] ?? m[9])!.toUpperCase()
      const args = argumentOf(code, m.index + m[0].length)
      // `hashlib.md5()` followed by `.update(password)` is handled like a factory below.
      const kind =
        sensitive(args) ??
        (args.trim() === '' ? sensitive(fedLater(code, ctx.after(3))) ?? secretFunction(ctx) : PLAIN_ARGUMENT.test(args) ? secretFunction(ctx) : signingFunction(ctx)) ??
        signatureTarget(code.slice(0, m.index))
      if (kind) return hit(ctx.line.newLine, snippet(code.slice(m.index, m.index + m[0].length + args.length + 1)), algorithm, kind)
    }
    // `crypt.crypt(password, crypt.mksalt(crypt.METHOD_CRYPT))`: DES or MD5 crypt, chosen by name.
    const unix = UNIX_CRYPT.exec(code)
    if (unix && masked[unix.index] === code[unix.index] && sensitive(argumentOf(code, unix.index + unix[0].length)) === 'password') {
      return hit(ctx.line.newLine, snippet(unix[0]), unix[1] === 'MD5' ? 'MD5-crypt' : 'DES crypt', 'password')
    }
    // SHA-2 is fine for tokens, but one fast pass over a password is still cracked in bulk (JS/TS; Python's flow rule reads it).
    const fast = language === 'javascript' || language === 'typescript' ? FAST_FACTORY.exec(code) : null
    if (fast && masked[fast.index] === code[fast.index]) {
      const fed = fast[3] !== undefined ? argumentOf(code, fast.index + fast[0].length) : fedLater(code.slice(fast.index), ctx.after(3))
      if (PASSWORD.test(fed) && !NOT_A_PASSWORD.test(fed)) {
        return {
          line: ctx.line.newLine,
          message: `\`${snippet(fast[0])}\` hashes a password with one pass of ${(fast[1] ?? fast[2]!).toUpperCase().replace('-', '')}: a fast hash, salted or not, is guessed at billions of tries a second.`,
          suggestion: 'Use a password hashing function: `bcrypt.hash(password, 12)`, `argon2.hash(password)`, or `crypto.scrypt(password, salt, 64)`.',
        }
      }
    }
    const f = FACTORY.exec(code)
    if (f && masked[f.index] === code[f.index]) {
      const fed = fedLater(code.slice(f.index), ctx.after(3))
      // A token function's digest of `Math.random()`: the predictable generator is the flaw, which insecure-random reports.
      const guessed = (language === 'javascript' || language === 'typescript') && JS_PRNG.test(`${code.slice(f.index)} ${fed}`)
      const kind = sensitive(fed) ?? (guessed ? undefined : secretFunction(ctx) ?? signatureTarget(code.slice(0, f.index)))
      if (kind) return hit(ctx.line.newLine, f[0], (f[1] ?? f[2] ?? f[3])!.toUpperCase().replace('-', ''), kind)
    }
    return undefined
  },
}

const DJANGO_WEAK_HASHER = /["']django\.contrib\.auth\.hashers\.((?:Unsalted)?(?:MD5|SHA1)PasswordHasher|CryptPasswordHasher)["']/
/**
 * Django hashes new passwords with the first entry of `PASSWORD_HASHERS`; later entries only read
 * old hashes (a legitimate migration path), so only a weak first entry is reported.
 */
function djangoFirstHasher(code: string, previous: string): string | undefined {
  const m = DJANGO_WEAK_HASHER.exec(code)
  if (!m) return undefined
  const head = code.slice(0, m.index)
  const first = /PASSWORD_HASHERS\s*=\s*[[(]\s*$/.test(head) || (/^\s*$/.test(head) && /PASSWORD_HASHERS\s*=\s*[[(]\s*$/.test(previous))
  return first ? m[1] : undefined
}

/**
 * A hasher made inside a function named for a secret (`hashResetCode`, `digest_api_token`) is fed
 * that secret, whatever the local holding it is called (`code`, `value`).
 */
function secretFunction(ctx: LineContext): 'secret' | undefined {
  const name = functionName(ctx.enclosingFunction())
  return name && (namesSecret(name) || signs(name)) && !DERIVED_VALUE_FUNCTION.test(name) ? 'secret' : undefined
}

/** Inside a signing function any weak digest is the signature, whatever it is fed (`SHA1(body + key)`). */
function signingFunction(ctx: LineContext): 'secret' | undefined {
  const name = functionName(ctx.enclosingFunction())
  return name && signs(name) && !DERIVED_VALUE_FUNCTION.test(name) ? 'secret' : undefined
}

/** `sign(params, secret)`, `make_signature`, `computeHmac`: the function signs, but not `sign_up` or `signIn`. */
function signs(name: string): boolean {
  const words = identifierWords(name)
  return words.some((w, i) => (w === 'sign' && !['up', 'in', 'out', 'on', 'off'].includes(words[i + 1] ?? '')) || SIGNATURE_WORDS.has(w))
}

/** The name a digest is stored under, as the last assignment or object key before the call. */
const TARGET_NAME = /([A-Za-z_$][\w$]*)["']?\s*(?::(?!:)|=(?![=>]))[^=:]*$/
/** The last word of a name for a signature: `signature`, `requestSig`, `body_hmac`. */
const SIGNATURE_WORDS = new Set(['signature', 'sig', 'hmac', 'mac'])

/**
 * A digest stored as a signature (`{ signature: createHash('sha1').update(key + body)… }`,
 * `sig = hashlib.md5(secret + payload)`) is a home-made MAC: MD5 and SHA-1 in front of a key are
 * open to length extension and collisions, so the signature can be forged.
 */
function signatureTarget(head: string): 'secret' | undefined {
  const name = TARGET_NAME.exec(head)?.[1]
  return name && SIGNATURE_WORDS.has(identifierWords(name).at(-1) ?? '') ? 'secret' : undefined
}

/** One name, maybe encoded (`code`, `value.encode()`, `Buffer.from(code)`): the function's input as it came. */
const PLAIN_ARGUMENT = /^\s*(?:Buffer\.from\(\s*)?[A-Za-z_$][\w$]*(?:\.encode\(\s*(?:["'][\w-]+["'])?\s*\))?\s*\)?\s*$/
/** Functions that derive a lookup value from a secret (a cache key, an ETag), not store or compare it. */
const DERIVED_VALUE_FUNCTION = /cache|etag|checksum|filename|path|bucket|shard|partition/i

/** JavaScript's predictable generators, fed to a digest. */
const JS_PRNG = /\bMath\.random\s*\(|\b(?:lodash|_)\.random\s*\(/

/** A digest read out (the hasher is finished) or another hasher made: the lines after feed something else. */
const HASHER_DONE = /\.(?:hex)?digest\(|\.Sum\(/
const OTHER_HASHER = /\bcreateHash\(|\bhashlib\.|\bMessageDigest\.|\b(?:md5|sha1)\.New\(/

/** Arguments of `.update(...)`/`.digest(...)` on this line or the next few, until the hasher is finished. */
function fedLater(code: string, after: DiffLine[]): string {
  const parts: string[] = []
  const here = FEED.exec(code)
  if (here) parts.push(here[1]!)
  if (HASHER_DONE.test(code)) return parts.join(' ')
  for (const l of after) {
    if (OTHER_HASHER.test(l.text)) break
    const m = FEED.exec(l.text)
    if (m) parts.push(m[1]!)
    if (HASHER_DONE.test(l.text)) break
  }
  return parts.join(' ')
}

function snippet(call: string): string {
  const s = call.trim()
  return s.length > 80 ? `${s.slice(0, 77)}…` : s
}

function hit(line: number, call: string, algorithm: string, kind: 'password' | 'secret') {
  return kind === 'password'
    ? {
        line,
        message: `\`${call}\` hashes a password with ${algorithm}, which is fast and unsalted; leaked hashes are cracked in bulk.`,
        suggestion: 'Use a password hashing function: `bcrypt.hashpw(password, bcrypt.gensalt())`, `argon2`, or `scrypt`/`hashlib.scrypt` (Node: `bcrypt.hash(password, 12)` or `crypto.scrypt`).',
      }
    : {
        line,
        message: `\`${call}\` hashes a token or secret with ${algorithm}, a broken hash.`,
        suggestion: 'Use SHA-256 or an HMAC with a server-side key (`hmac.new(key, token, hashlib.sha256)`, `createHmac(\'sha256\', key)`); for passwords use bcrypt or Argon2.',
        severity: 'minor' as const,
      }
}
