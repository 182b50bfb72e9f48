/**
 * Parameters that undo a sound primitive: a fixed IV or nonce for encryption (equal plaintexts give
 * equal ciphertexts; with GCM or CTR a reused nonce gives away the key stream, CWE-329/1204), an
 * RSA or DSA key under 2048 bits (CWE-326), and PBKDF2 run for fewer than 100,000 iterations, which
 * a GPU guesses through at speed (CWE-916; OWASP asks for 600,000 with SHA-256). Decryption with a
 * stored IV, IVs from `os.urandom`/`randomBytes`, and iteration counts read at run time are quiet.
 */
import type { SNode } from '../../syntax/tree'
import type { CallEvent } from '../events'
import { rootOf } from '../text'
import { callText, finding, scoped, type MatchContext } from './common'
import { assignments, literalText, scopeText } from './written'
import { describe, WEAK_NAME } from '../../rules/crypto/weak-cipher'

const MIN_KEY_BITS = 2048
const MIN_ITERATIONS = 100_000

/** An integer written in the code: a literal (`1_000`, `0x10001`) or a module constant naming one. */
function writtenInteger(node: SNode | undefined, m: MatchContext): number | undefined {
  const t = node ? literalText(node, m) : ''
  return /^\d[\d_]*$/.test(t) ? Number(t.replace(/_/g, '')) : /^0x[0-9a-f]+$/i.test(t) ? parseInt(t, 16) : undefined
}

/** Bytes written out in the code: a literal (`b"0123…"`, `b"\\x00" * 16`), `bytes(16)`, `bytes.fromhex("…")`, `Buffer.alloc(16, 0)`, `Buffer.from('00…', 'hex')`, `'0'.repeat(16)`. */
const LITERAL_BYTES = /^(?:[bBrR]{0,2}(['"])[^'"]*\1(?:\s*\*\s*\d+)?|bytes\(\d+\)|bytearray\(\d+\)|bytes\.fromhex\((['"])[^'"]*\2\)|Buffer\.alloc\(\s*\d+\s*(?:,\s*\d+\s*)?\)|Buffer\.from\(\s*(['"])[^'"]*\3\s*(?:,\s*['"]\w+['"]\s*)?\)|(['"])[^'"]*\4\.repeat\(\d+\))$/

/**
 * Whether an IV argument is fixed in the code: written out there, or a name every binding of which
 * in the file writes one out. A call (`get_random_bytes(12)`, `randomBytes(16)`) is never fixed,
 * whatever its arguments; an empty IV (`null`, `''`) is what ECB and stream ciphers take.
 */
function fixed(node: SNode | undefined, m: MatchContext, scope?: string): boolean {
  if (!node) return false
  const text = m.text(node).trim()
  if (/^(['"])\1$/.test(text)) return false
  if (LITERAL_BYTES.test(text)) return true
  if (!/^[A-Za-z_$][\w$]*$/.test(text)) return false
  // `AES.new(key, mode, nonce=nonce)` reads as a binding too: a keyword argument passing the name on is not one.
  const bindings = (source: string) =>
    assignments(text, source)
      .map((rhs) => rhs.replace(/\s*(?:;|#.*|\/\/.*)?\s*$/, '').trim())
      .filter((rhs) => !new RegExp(`^${text.replace(/\$/g, '\\$')}\\s*[),]`).test(rhs))
  // With `scope` (the function around the call), a name bound there is judged by those bindings alone:
  // another function's `iv = os.urandom(16)` says nothing of this one's `iv = b"\x00" * 16`.
  const local = scope === undefined ? [] : bindings(scope)
  const bound = local.length > 0 ? local : bindings(m.text(rootOf(node)))
  return bound.length > 0 && bound.every((rhs) => LITERAL_BYTES.test(rhs) && !/^(['"])\1$/.test(rhs))
}

/** Whether the code around the call encrypts with what it makes (a decrypt-only helper reads an IV it was given). */
function encrypts(ev: CallEvent, m: MatchContext): boolean {
  return /\.(encrypt|encrypt_and_digest|encryptor)\s*\(/.test(scopeText(ev, m))
}

function fixedIv(ruleId: string, ev: CallEvent, m: MatchContext, what: string, fix: string) {
  return finding(ruleId, ev, m, `\`${callText(ev.node, m)}\` encrypts with a fixed ${what}: equal messages encrypt alike, and with CTR or GCM a repeated nonce gives away the key stream`, fix, [], 'major')
}

function shortKey(ruleId: string, ev: CallEvent, m: MatchContext, bits: number, fix: string) {
  return finding(ruleId, ev, m, `\`${callText(ev.node, m)}\` makes a ${bits}-bit key: keys under ${MIN_KEY_BITS} bits are within reach of factoring`, fix, [], 'major')
}

function fewIterations(ruleId: string, ev: CallEvent, m: MatchContext, rounds: number, fix: string) {
  return finding(ruleId, ev, m, `\`${callText(ev.node, m)}\` runs PBKDF2 for ${rounds.toLocaleString('en-US')} iterations: a GPU tries guesses against it at speed (OWASP asks for 600,000 with SHA-256)`, fix, [], 'major')
}

const PY_IV_FIX = 'Make a fresh IV or nonce per message (`os.urandom(16)`, or leave `nonce` out of `AES.new` for GCM) and store it beside the ciphertext.'
const PY_KEY_FIX = 'Use at least 2048 bits (3072 for keys that must last), or an elliptic curve key (`ec.generate_private_key(ec.SECP256R1())`, Ed25519).'
const PY_KDF_FIX = 'Use 600,000 iterations or more for PBKDF2-HMAC-SHA256, or a memory-hard function (`hashlib.scrypt`, argon2).'
const JS_IV_FIX = 'Make a fresh IV per message (`crypto.randomBytes(12)` for GCM, 16 for CBC) and store it beside the ciphertext.'
const JS_KEY_FIX = "Use `modulusLength: 2048` or more (3072 for keys that must last), or an elliptic curve key (`generateKeyPairSync('ed25519')`)."
const JS_KDF_FIX = 'Use 600,000 iterations or more for PBKDF2 with SHA-256 (210,000 with SHA-512), or `crypto.scrypt`.'

/** pycryptodome's `AES.new(key, mode, iv)`; DES, Blowfish and the like are reported as weak ciphers whatever their IV. */
const PY_CIPHER_NEW = /^(Crypto|Cryptodome)\.Cipher\.(AES|ChaCha20|ChaCha20_Poly1305|Salsa20)\.new$/
/** cryptography's `modes.CBC(iv)` and the other modes that take an IV or nonce. */
const PY_MODE = /^cryptography\.hazmat\.primitives\.ciphers\.modes\.(CBC|CTR|GCM|OFB|CFB|CFB8)$/
/** Password-based KDFs whose salt must differ per password: hashlib's, and cryptography's PBKDF2HMAC and Scrypt (salt by keyword). */
const PY_SALTED_KDF = /^hashlib\.(pbkdf2_hmac|scrypt)$|^cryptography\.hazmat\.primitives\.kdf\.(?:pbkdf2\.PBKDF2HMAC|scrypt\.Scrypt)$/
const PY_SALT_FIX = 'Make a random salt per password (`os.urandom(16)`) and store it beside the hash, or use bcrypt/argon2, which do so themselves.'
const PY_KEYGEN = /^cryptography\.hazmat\.primitives\.asymmetric\.(rsa|dsa)\.generate_private_key$|^(Crypto|Cryptodome)\.PublicKey\.(RSA|DSA)\.generate$/

export const pythonCipherParameters = scoped({ kinds: ['call'], needles: ['Cipher', 'modes', 'generate', 'pbkdf2', 'scrypt', 'PBKDF2', 'Scrypt'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest) return undefined
  const q = ev.qname ?? ''
  if (PY_CIPHER_NEW.test(q)) {
    const node = ev.kwNodes.get('iv') ?? ev.kwNodes.get('nonce') ?? ev.argNodes[2]
    if (fixed(node, m, scopeText(ev, m)) && encrypts(ev, m)) return fixedIv('python/weak-cipher-parameters', ev, m, ev.kwNodes.has('nonce') ? 'nonce' : 'IV', PY_IV_FIX)
    return undefined
  }
  if (PY_MODE.test(q)) {
    const node = ev.argNodes[0] ?? ev.kwNodes.get('initialization_vector') ?? ev.kwNodes.get('nonce')
    return fixed(node, m, scopeText(ev, m)) && encrypts(ev, m) ? fixedIv('python/weak-cipher-parameters', ev, m, /CTR|GCM/.test(q) ? 'nonce' : 'IV', PY_IV_FIX) : undefined
  }
  if (PY_KEYGEN.test(q)) {
    const bits = writtenInteger(ev.kwNodes.get('key_size') ?? ev.kwNodes.get('bits') ?? ev.argNodes[/\.generate$/.test(q) ? 0 : 1], m)
    return bits !== undefined && bits < MIN_KEY_BITS ? shortKey('python/weak-cipher-parameters', ev, m, bits, PY_KEY_FIX) : undefined
  }
  if (q === 'hashlib.pbkdf2_hmac') {
    // A broken digest there is reported as such already.
    if (/^(md5|sha1)$/i.test(ev.args[0]?.str ?? ev.kwargs.get('hash_name')?.str ?? '')) return undefined
    const rounds = writtenInteger(ev.kwNodes.get('iterations') ?? ev.argNodes[3], m)
    if (rounds !== undefined && rounds < MIN_ITERATIONS) return fewIterations('python/weak-key-derivation', ev, m, rounds, PY_KDF_FIX)
  }
  // A salt written in the code (`pbkdf2_hmac("sha256", pw, b"static-salt", n)`) is every user's salt.
  const salt = PY_SALTED_KDF.exec(q)
  if (salt && fixed(ev.kwNodes.get('salt') ?? (salt[1] === 'pbkdf2_hmac' ? ev.argNodes[2] : undefined), m, scopeText(ev, m))) {
    return finding('python/weak-key-derivation', ev, m, `\`${callText(ev.node, m)}\` derives with a salt written in the code: every password gets the same salt, so equal passwords hash alike and one precomputed table serves for all`, PY_SALT_FIX, [], 'major')
  }
  return undefined
})

export const javascriptCipherParameters = scoped({ kinds: ['call'], needles: ['createCipheriv', 'generateKeyPair', 'pbkdf2'] }, (ev, m) => {
  if (ev.kind !== 'call' || m.isTest) return undefined
  const q = ev.qname ?? ''
  // `createCipheriv(this.algorithm, key, null)` with `this.algorithm = 'aes-256-ecb'` set in the constructor, or a module
  // constant naming the cipher: the line rule reads a name written in the call only. Decryption follows whatever
  // encrypted the data, so only the encrypting call is reported.
  const named = /^(crypto\.)?createCipheriv$/.test(q) && ev.argNodes[0] && !/^['"`]/.test(m.text(ev.argNodes[0]).trim()) ? ev.args[0]?.str : undefined
  if (named && WEAK_NAME.test(named)) {
    return finding('crypto/weak-cipher', ev, m, `\`${callText(ev.node, m)}\` uses ${describe(named)} (\`${m.text(ev.argNodes[0]!).trim()}\` is \`${named}\`)`, "Use AES-GCM with a random 12-byte IV: `crypto.createCipheriv('aes-256-gcm', key, crypto.randomBytes(12))`.", [], 'major')
  }
  // DES, Blowfish, RC4 and ECB are reported as weak ciphers whatever their IV.
  if (/^(crypto\.)?createCipheriv$/.test(q) && !/des|bf|blowfish|rc2|rc4|cast|idea|seed|ecb/i.test(ev.args[0]?.str ?? '')) {
    return fixed(ev.argNodes[2], m) ? fixedIv('js/weak-cipher-parameters', ev, m, /ctr|gcm|ccm|ocb|chacha/i.test(ev.args[0]?.str ?? '') ? 'nonce' : 'IV', JS_IV_FIX) : undefined
  }
  if (/^(crypto\.)?generateKeyPair(Sync)?$/.test(q) && /^(rsa|rsa-pss|dsa)$/.test(ev.args[0]?.str ?? '')) {
    const options = ev.argNodes[1]
    const pair = options?.type === 'object' ? options.children.find((p) => p.type === 'pair' && /^['"]?modulusLength['"]?\s*:/.test(m.text(p))) : undefined
    const bits = pair ? writtenInteger(pair.children.filter((c) => c.named).at(-1), m) : undefined
    return bits !== undefined && bits < MIN_KEY_BITS ? shortKey('js/weak-cipher-parameters', ev, m, bits, JS_KEY_FIX) : undefined
  }
  if (/^(crypto\.)?pbkdf2(Sync)?$/.test(q)) {
    if (/^(md5|sha1)$/i.test(ev.args[4]?.str ?? '')) return undefined
    const rounds = writtenInteger(ev.argNodes[2], m)
    return rounds !== undefined && rounds < MIN_ITERATIONS ? fewIterations('js/weak-key-derivation', ev, m, rounds, JS_KDF_FIX) : undefined
  }
  return undefined
})
