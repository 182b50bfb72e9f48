/** Crypto-pack helpers: whether an identifier names a secret. */
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
  'credential',
  'credentials',
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
])

/** Names that describe something about a secret rather than hold one: `tokenCount`, `password_length`. */
const NOT_A_SECRET_LAST = new Set([
  'count', 'counts', 'length', 'len', 'size', 'index', 'idx', 'type', 'name', 'url', 'uri', 'ttl', 'expiry', 'expires',
  'timeout', 'interval', 'delay', 'limit', 'max', 'min', 'num', 'position', 'pos', 'offset', 'label', 'field', 'header',
  'prefix', 'suffix', 'format', 'pattern', 'regex', 're', 'hint', 'policy', 'strength', 'score', 'column', 'col', 'width',
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
