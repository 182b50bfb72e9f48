/**
 * Password hashing that is weak by configuration rather than by a `hashlib.md5` call: Django's
 * `make_password(..., hasher="md5")`, passlib's fast or unsalted schemes (`hex_md5.hash`,
 * `CryptContext(schemes=["md5_crypt"])`), and an MD5/SHA-1 digest checked against a stored
 * password hash (`user.password_hash == md5(pw).hexdigest()`), where the digest itself is the
 * stored form, and a single pass of SHA-2/SHA-3/BLAKE2 over a password. Also an MD5/SHA-1 digest handed
 * out as a credential through a keyword or a dict field (`Client(api_key=md5(…).hexdigest())`,
 * `{"access_token": sha1(…).hexdigest()}`), where the value has no variable name of its own to judge.
 */
import type { SNode } from '../../syntax/tree'
import type { FlowEvent } from '../events'
import { field } from '../text'
import { hasTag, TAG, type Value } from '../value'
import { atOrigin, callText, finding, scoped, type MatchContext } from './common'

const RULE = 'crypto/weak-password-hash'
const FIX = 'Hash passwords with a slow, salted KDF: Django\'s default PBKDF2 or Argon2 hasher, passlib\'s `bcrypt`/`argon2`, or `hashlib.scrypt`.'
const DJANGO_WEAK = /^(md5|unsalted_md5|sha1|unsalted_sha1|crypt)$/
/** passlib schemes that are fast, unsalted or DES-based: fine to verify legacy hashes, never to create new ones. */
const PASSLIB_WEAK = /^(hex_md5|hex_sha1|hex_md4|ldap_md5|ldap_sha1|ldap_salted_md5|ldap_salted_sha1|ldap_plaintext|plaintext|md5_crypt|apr_md5_crypt|des_crypt|bsdi_crypt|bigcrypt|crypt16|lmhash|nthash|mysql323|mysql41|postgres_md5|oracle10|msdcc|msdcc2)$/
const PASSWORD_NAME = /(^|[^a-z])pass(word|wd|phrase)?s?($|[^a-z])|pwd|(^|[^a-z])pw($|[^a-z])|password/i
const SIGNING_USE = /sign|verif|hmac|pbkdf|hkdf|kdf|password|oaep|pss|mgf1/i
/** General-purpose digests: fine for integrity, far too fast for passwords. */
const FAST_DIGEST = /^hashlib\.(sha224|sha256|sha384|sha512|sha3_256|sha3_512|blake2b|blake2s)$/
const FAST_NAME = /^(sha224|sha256|sha384|sha512|sha3_256|sha3_512|blake2b|blake2s)$/i
/** Inputs named for a password's neighbours: reset tokens, hints, policy text. */
const NOT_A_PASSWORD = /token|reset|nonce|otp|hint|policy|length|_url|_id\b/i
/** A digest fed to a slow KDF (`bcrypt.hashpw(b64encode(sha256(pw).digest()), …)` pre-hashes past bcrypt's 72 bytes). */
const KDF_NEARBY = /bcrypt|argon2|scrypt|pbkdf2|hashpw|make_password|passlib/i
const WEAK_DIGEST = /^(hashlib\.(md5|sha1)|Crypto\.Hash\.(MD5|SHA1?)\.new)$/
/** Keys under which a value is a credential handed out (the bound-name form is judged with the other token names). */
const CREDENTIAL_KEY = /(^|_)(api_?key|access_?key|auth_?token|access_?token|refresh_?token|session_?token|session_?id|secret_?key|client_?secret|token|nonce|otp|signature)$/i
const NOT_A_CREDENTIAL = /cache|etag|checksum|fingerprint|hash_?key|digest|file|content|body|idempotency|dedup/i

export const pythonWeakPasswordScheme = scoped({ kinds: ['call', 'bind', 'return'], needles: ['make_password', 'passlib', 'md5', 'MD5', 'sha', 'SHA', 'Sha', 'blake2', 'BLAKE2', 'Blake2'] }, (ev, m) => {
  if (m.isTest) return undefined
  const handedOut = weakCredentialField(ev, m)
  if (handedOut || ev.kind !== 'call') return handedOut
  const q = ev.qname ?? ''
  if (/(^|\.)make_password$/.test(q) && /^django\./.test(q)) {
    const hasher = ev.kwargs.get('hasher') ?? ev.args[2]
    if (!hasher?.str || !DJANGO_WEAK.test(hasher.str)) return undefined
    return finding(RULE, ev, m, `\`${callText(ev.node, m)}\` hashes the password with Django's \`${hasher.str}\` hasher: fast, unsalted digests are cracked in bulk`, FIX, [], 'major')
  }
  // `passlib.hash.hex_md5.hash(pw)`, or the deprecated `.encrypt(pw)`.
  const scheme = /^passlib\.hash\.(\w+)\.(hash|encrypt)$/.exec(q)?.[1]
  if (scheme && PASSLIB_WEAK.test(scheme)) {
    return finding(RULE, ev, m, `\`${callText(ev.node, m)}\` hashes with passlib's \`${scheme}\`, a fast or unsalted scheme meant only for reading legacy hashes`, FIX, [], 'major')
  }
  // The first scheme of a CryptContext is the one new hashes are made with.
  if (/^passlib\.context\.CryptContext$/.test(q)) {
    const first = (ev.kwargs.get('schemes') ?? ev.args[0])?.elements?.[0]?.str
    if (!first || !PASSLIB_WEAK.test(first)) return undefined
    return finding(RULE, ev, m, `\`${callText(ev.node, m)}\` makes new hashes with \`${first}\`, a fast or unsalted scheme`, 'Put a strong scheme first (`schemes=["argon2", "bcrypt", "md5_crypt"], deprecated="auto"`) so old hashes are still read but replaced on login.', [], 'major')
  }
  // cryptography's `hashes.SHA1()` handed to a signature, HMAC, KDF or padding: a collision forges the signature.
  const algorithm = /^cryptography\.hazmat\.primitives\.hashes\.(MD5|SHA1)$/.exec(q)?.[1]
  if (algorithm && !inOaepPadding(ev.node, ev.stmt, m.text.bind(m)) && (SIGNING_USE.test(m.text(ev.stmt).replace(callText(ev.node, m), '')) || SIGNING_USE.test(ev.fn.name))) {
    return finding('crypto/weak-password-hash', ev, m, `\`${callText(ev.node, m)}\` picks ${algorithm === 'SHA1' ? 'SHA-1' : 'MD5'} for a signature, HMAC or key derivation: collisions are practical, so signed data can be forged`, 'Use `hashes.SHA256()` or stronger.', [], 'major')
  }
  // One pass of a fast general-purpose hash over a password (salted or not): billions of guesses a second on a GPU.
  const fast = FAST_DIGEST.exec(q)?.[1] ?? (q === 'hashlib.new' && FAST_NAME.test(ev.args[0]?.str ?? '') ? ev.args[0]!.str : undefined)
  const input = ev.argNodes[q === 'hashlib.new' ? 1 : 0]
  if (fast && input && PASSWORD_NAME.test(m.text(input)) && !NOT_A_PASSWORD.test(m.text(input)) && !KDF_NEARBY.test(m.text(ev.stmt))) {
    return finding(RULE, ev, m, `\`${callText(ev.node, m)}\` hashes a password with one pass of ${fast.toUpperCase()}: a fast hash, salted or not, is guessed at billions of tries a second`, FIX, [], 'major')
  }
  if (WEAK_DIGEST.test(q) && comparedWithPassword(ev.node, ev.stmt, m.text.bind(m))) {
    return finding(RULE, ev, m, `\`${callText(ev.node, m)}\` is checked against a stored password hash: the passwords are kept as ${q.includes('sha1') || q.includes('SHA') ? 'SHA-1' : 'MD5'} digests, which are cracked in bulk`, FIX, [], 'major')
  }
  return undefined
})

/**
 * The hash is an argument of OAEP encryption padding (`padding.OAEP(mgf=padding.MGF1(hashes.SHA1()), algorithm=hashes.SHA1(), …)`,
 * RFC 7518's RSA-OAEP): OAEP hashes its label and masks with it, which needs no collision resistance, so SHA-1 there is
 * no signature anyone can forge (NIST keeps it allowed outside signatures). PSS, a signature padding, stays reported.
 */
function inOaepPadding(call: SNode, stmt: SNode, text: (n: SNode) => string): boolean {
  for (let n: SNode | undefined = call.parent; n && n !== stmt.parent; n = n.parent) {
    if (n.type === 'call' && /(^|\.)OAEP$/.test(text(field(n, 'function') ?? n))) return true
  }
  return false
}

/** The digest call sits in a comparison (or `compare_digest`) whose other side is named as a password. */
function comparedWithPassword(call: SNode, stmt: SNode, text: (n: SNode) => string): boolean {
  for (let n: SNode | undefined = call.parent; n && n !== stmt.parent; n = n.parent) {
    const compare = n.type === 'comparison_operator' || (n.type === 'call' && /(^|\.)(compare_digest|constant_time_compare|safe_str_cmp)$/.test(text(field(n, 'function') ?? n)))
    if (compare) return PASSWORD_NAME.test(text(n).replace(text(call), ''))
  }
  return false
}

/** A keyword argument or dict field named for a credential that receives an MD5/SHA-1 digest. */
function weakCredentialField(ev: FlowEvent, m: MatchContext) {
  const entries: Iterable<[string, Value | undefined]> = ev.kind === 'call' ? ev.kwargs : ev.kind === 'bind' || ev.kind === 'return' ? (ev.value.fields ?? []) : []
  for (const [key, value] of entries) {
    if (!value || !hasTag(value, TAG.weakHash) || !CREDENTIAL_KEY.test(key) || NOT_A_CREDENTIAL.test(key) || PASSWORD_NAME.test(key)) continue
    const where = `The \`${key}\` ${ev.kind === 'call' ? 'argument' : 'field'}`
    return atOrigin(finding(RULE, ev, m, `${where} receives a ${value.madeBy} digest (line ${value.madeAt}) as a credential: a fast hash of guessable inputs can be computed again by anyone, and MD5/SHA-1 are broken for security uses`, 'Make tokens and keys with `secrets.token_urlsafe(32)`; if a digest is needed, use HMAC-SHA-256 with a server-side key.', [value], 'major'), value.madeAt)
  }
  return undefined
}
