/** Crypto-pack helpers: whether an identifier names a secret, whether a setting sits in a development config class. */
import type { LineContext } from '../../types'
import { identifierWords } from '../../source'

const SECRET_WORDS = new Set([
  'token',
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'secret',
  'nonce',
  'salt',
  'otp',
  'totp',
  'csrf',
  'xsrf',
  'apikey',
  'sessionid',
  'sid',
  'credential',
  'credentials',
  'mfa',
  '2fa',
  'twofa',
])
const SECRET_PAIRS = new Set([
  'session id',
  'session key',
  'sid value',
  'api key',
  'access key',
  'auth code',
  'verification code',
  'verify code',
  'confirmation code',
  'reset code',
  'invite code',
  'one time',
  'recovery code',
  'pin code',
  'magic link',
  'factor code',
  'login code',
  'security code',
  'access code',
  'activation code',
  'unlock code',
  'sms code',
  // Capability links: whoever has the id has the shared cart, document or invitation.
  'share id',
  'share code',
  'share slug',
  'share link',
  'invite id',
  'invite link',
  // Codes that are redeemed for value or pair a device: whoever guesses one claims it.
  'claim code',
  'redeem code',
  'redemption code',
  'gift code',
  'voucher code',
  'pairing code',
])

/** Names that describe something about a secret rather than hold one: `tokenCount`, `password_length`. */
const NOT_A_SECRET_LAST = new Set([
  'count', 'counts', 'length', 'len', 'size', 'index', 'idx', 'type', 'name', 'url', 'uri', 'ttl', 'expiry', 'expires',
  'timeout', 'interval', 'delay', 'limit', 'max', 'min', 'num', 'position', 'pos', 'offset', 'label', 'field', 'header',
  'prefix', 'suffix', 'format', 'pattern', 'regex', 're', 'hint', 'policy', 'strength', 'score', 'column', 'col', 'width',
  // How a secret is shown or where its work is spread: `token_color`, `session_shard`, `token_bucket`.
  'color', 'colour', 'icon', 'emoji', 'avatar', 'style', 'shard', 'bucket', 'partition', 'slot', 'region', 'weight', 'order', 'sort',
])

/** True when an identifier names a credential-like value (`resetToken`, `session_id`, `apiKey`). */
export function namesSecret(identifier: string): boolean {
  const words = identifierWords(identifier)
  if (words.length > 1 && NOT_A_SECRET_LAST.has(words.at(-1)!)) return false
  for (let i = 0; i < words.length; i++) {
    if (SECRET_WORDS.has(words[i]!)) return true
    if (i > 0 && SECRET_PAIRS.has(`${words[i - 1]} ${words[i]}`)) return true
  }
  return false
}

const DEV_CLASS = /^\s*class\s+\w*(Dev|Develop|Development|Local|Test|Testing|Debug)\w*\s*[(:]/

/** `class DevelopmentConfig(Config):` above at a smaller indent: settings meant for local work or tests. */
export function inDevConfigClass(ctx: LineContext): boolean {
  return /^\s+/.test(ctx.line.text) && enclosingClass(ctx, DEV_CLASS)
}

/** Whether the line sits directly in a class whose header matches `header`: the nearest line above it at a smaller indent, or the hunk's heading. */
export function enclosingClass(ctx: LineContext, header: RegExp): boolean {
  const indent = /^\s*/.exec(ctx.line.text)![0].length
  const lines = ctx.before(80)
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i]!.text
    if (t.trim() === '') continue
    if (/^\s*/.exec(t)![0].length < indent) return header.test(t)
  }
  return header.test(ctx.hunk.section ?? '')
}

/** An `if` that runs its block only outside production: `NODE_ENV !== 'production'`, `isDev`, `settings.DEBUG`, `not IS_PRODUCTION`. */
const DEV_CONDITION =
  /^\s*(?:\}\s*)?(?:if|elif)\b.*(?:NODE_ENV\s*(?:!==?\s*["'`]production["'`]|===?\s*["'`](?:development|dev|local|test)["'`])|!\s*(?:isProd|isProduction|IS_PROD|IS_PRODUCTION)\b|\bnot\s+(?:\w+\.)?(?:is_prod|is_production|IS_PROD|IS_PRODUCTION)\b|\b(?:isDev|isDevelopment|IS_DEV|__DEV__|isLocal|is_dev|is_local)\b|import\.meta\.env\.DEV\b|\b(?:settings|app|config)\.(?:DEBUG|debug)\b|\[["']DEBUG["']\]|\bENV(?:IRONMENT)?\b["']?\)?\s*===?\s*["'`](?:development|dev|local)["'`])/

/** Whether an enclosing block of the line (a smaller-indented `if` above it) runs only in development. */
export function inDevOnlyBlock(ctx: LineContext): boolean {
  let indent = /^\s*/.exec(ctx.line.text)![0].length
  const lines = ctx.before(60)
  for (let i = lines.length - 1; i >= 0 && indent > 0; i--) {
    const t = lines[i]!.text
    if (t.trim() === '') continue
    const own = /^\s*/.exec(t)![0].length
    if (own >= indent) continue
    if (DEV_CONDITION.test(t)) return true
    indent = own
  }
  return false
}
