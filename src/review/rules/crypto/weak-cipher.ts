// Flags broken ciphers and modes: ECB mode, DES/3DES, RC4, RC2, Blowfish, Node's IV-less
// `crypto.createCipher`, and SSL/TLS versions before 1.2. Known false positives: decrypting legacy data that must stay readable; test files are skipped.
import type { Language, LineRule } from '../../types'
import { callSnippet, codeOf, stripComment } from '../../source'

const PREFILTER = /ECB|DES|ARC4|ARC2|Blowfish|createCipher|createDecipher|CryptoJS|getInstance|des\.|rc4\.|openssl_|RC2|SSLv|TLSv1/
export const WEAK_NAME = /^(?:des|des3|3des|des-ede3?|tripledes|desede|rc4|arc4|arcfour|rc2|bf|blowfish)(?:$|[-/])|[-/]ecb(?:$|[-/])/i

interface Check {
  languages: ReadonlySet<Language>
  needle: RegExp
  re: RegExp
  /** Captured cipher name to vet with WEAK_NAME; without it every match is weak. */
  named?: boolean
  fix: string
}

const py = new Set<Language>(['python'])
const js = new Set<Language>(['javascript', 'typescript'])
const jvm = new Set<Language>(['java', 'kotlin'])

const CHECKS: Check[] = [
  {
    languages: py,
    needle: /ECB|DES|ARC4|Blowfish|ARC2|TripleDES/,
    re: /\bAES\.MODE_ECB\b|\bmodes\.ECB\s*\(|\b(?:DES3?|ARC4|ARC2|Blowfish)\.new\s*\(|\balgorithms\.(?:TripleDES|ARC4|Blowfish|IDEA|CAST5)\s*\(/,
    fix: 'Use an authenticated mode: `AESGCM(key).encrypt(nonce, data, aad)` (cryptography) or `AES.new(key, AES.MODE_GCM)`.',
  },
  {
    languages: js,
    needle: /createCipher|createDecipher/,
    re: /\bcreate(?:Cipher|Decipher)iv\s*\(\s*["'`]([\w-]+)["'`]/,
    named: true,
    fix: "Use AES-GCM with a random 12-byte IV: `crypto.createCipheriv('aes-256-gcm', key, crypto.randomBytes(12))`.",
  },
  {
    languages: js,
    needle: /createCipher\(|createDecipher\(/,
    re: /\bcrypto\.create(?:Cipher|Decipher)\s*\(|(?<![\w.])create(?:Cipher|Decipher)\s*\(/,
    fix: "`createCipher` derives the key with one round of MD5 and no salt or IV (and is removed in Node 22); use `crypto.createCipheriv('aes-256-gcm', key, iv)` with a random IV.",
  },
  {
    languages: js,
    needle: /CryptoJS/,
    re: /\bCryptoJS\.(?:DES|TripleDES|RC4|RC4Drop|Rabbit)\b|\bCryptoJS\.mode\.ECB\b/,
    fix: 'Use the Web Crypto API with AES-GCM: `crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, data)`.',
  },
  {
    // Protocol versions with known breaks (POODLE, BEAST) that RFC 8996 retired: a client or server pinned to one.
    languages: py,
    needle: /SSLv|TLSv1/,
    // Passed to a context or socket (not a key of a compatibility table, not compared).
    re: /(?<=\(\s*|\b(?:ssl_version|protocol)\s*=\s*)ssl\.PROTOCOL_(?:SSLv2|SSLv3|TLSv1|TLSv1_1)\b(?!_)|\bminimum_version\s*=\s*ssl\.TLSVersion\.(?:SSLv3|TLSv1|TLSv1_1)\b(?!_)|\bSSL\.Context\(\s*(?:OpenSSL\.)?SSL\.(?:SSLv2|SSLv3|TLSv1|TLSv1_1)_METHOD\b/,
    fix: 'Use `ssl.create_default_context()` (TLS 1.2 or later, certificates checked), or set `ctx.minimum_version = ssl.TLSVersion.TLSv1_2`.',
  },
  {
    languages: js,
    needle: /SSLv|TLSv1/,
    re: /\bsecureProtocol\s*:\s*["'`](?:SSLv2|SSLv3|TLSv1|TLSv1_1)_(?:client_|server_)?method["'`]|\bminVersion\s*:\s*["'`](?:TLSv1|TLSv1\.1)["'`]/,
    fix: "Leave Node's default (TLS 1.2 or later), or set `minVersion: 'TLSv1.2'`.",
  },
  {
    languages: jvm,
    needle: /getInstance/,
    re: /\bCipher\.getInstance\s*\(\s*"([^"]+)"/,
    named: true,
    fix: 'Use `Cipher.getInstance("AES/GCM/NoPadding")` with a random 12-byte IV (`GCMParameterSpec(128, iv)`).',
  },
  {
    languages: new Set<Language>(['go']),
    needle: /des\.|rc4\./,
    re: /\bdes\.New(?:TripleDES)?Cipher\s*\(|\brc4\.NewCipher\s*\(/,
    fix: 'Use AES-GCM: `block, _ := aes.NewCipher(key); gcm, _ := cipher.NewGCM(block)`.',
  },
  {
    languages: new Set<Language>(['php']),
    needle: /openssl_(?:en|de)crypt/,
    re: /\bopenssl_(?:en|de)crypt\s*\([^,]+,\s*["']([\w-]+)["']/,
    named: true,
    fix: "Use `openssl_encrypt($data, 'aes-256-gcm', $key, 0, $iv, $tag)` with a random IV.",
  },
  {
    languages: new Set<Language>(['csharp']),
    needle: /ECB|DES|RC2/,
    re: /\bCipherMode\.ECB\b|\b(?:DES|TripleDES|RC2)\.Create\s*\(|\bnew\s+(?:DES|TripleDES|RC2)CryptoServiceProvider\s*\(/,
    fix: 'Use `AesGcm` with a random nonce.',
  },
]

export const weakCipher: LineRule = {
  kind: 'line',
  meta: {
    id: 'crypto/weak-cipher',
    title: 'Broken cipher or ECB mode',
    severity: 'major',
    category: 'security',
    pack: 'crypto',
    tier: 'core',
    languages: ['python', 'javascript', 'typescript', 'java', 'kotlin', 'go', 'php', 'csharp'],
    description:
      'DES and 3DES have tiny keys or blocks, RC4 has exploitable keystream biases, and ECB mode encrypts equal blocks to equal ciphertext, leaking the structure of the data. None of them provide integrity. Use AES-GCM or ChaCha20-Poly1305. A connection pinned to SSL 3.0, TLS 1.0 or TLS 1.1 (`ssl.PROTOCOL_TLSv1`, `secureProtocol: \'TLSv1_method\'`, `minVersion: \'TLSv1\'`) is reported too: those versions have known attacks and RFC 8996 retired them.',
    examples: {
      bad: 'cipher = AES.new(key, AES.MODE_ECB)\n',
      good: 'cipher = AES.new(key, AES.MODE_GCM)\n',
    },
  },
  trigger: ['ECB', 'DES', 'ARC4', 'ARC2', 'Blowfish', 'createCipher', 'createDecipher', 'CryptoJS', 'getInstance', 'des.', 'rc4.', 'openssl_', 'RC2', 'SSLv', 'TLSv1'],
  check(ctx) {
    const text = ctx.line.text
    if (!PREFILTER.test(text)) return undefined
    const file = ctx.file
    if (file.isTest) return undefined
    for (const c of CHECKS) {
      if (!c.languages.has(file.language) || !c.needle.test(text)) continue
      const code = stripComment(text, file.language)
      const m = c.re.exec(code)
      if (!m) continue
      // Cipher names live in strings; the call itself must not.
      if (codeOf(text, file.language)[m.index] !== code[m.index]) continue
      if (c.named) {
        const name = m[1]!
        // `RSA/ECB/OAEP...` is Java's name for plain RSA; ECB means nothing there.
        if (/^RSA/i.test(name)) continue
        // Java's bare "AES" (and "DES"...) defaults to ECB mode.
        const weak = WEAK_NAME.test(name) || (jvm.has(file.language) && /^AES$/i.test(name))
        if (!weak) continue
        return hit(ctx.line.newLine, callSnippet(code, m.index, m[0]), describe(name), c.fix)
      }
      return hit(ctx.line.newLine, callSnippet(code, m.index, m[0]), describe(m[0]), c.fix)
    }
    return undefined
  },
}

/** Why a cipher name is weak, as the findings say it (`ECB mode, which …`). */
export function describe(name: string): string {
  if (/ecb/i.test(name) || /^AES$/i.test(name)) return 'ECB mode, which encrypts identical blocks identically and leaks patterns'
  if (/rc4|arc4|arcfour/i.test(name)) return 'RC4, whose keystream biases let attackers recover plaintext'
  if (/des/i.test(name)) return 'DES/3DES, whose small key or 64-bit block is practically breakable'
  if (/createCipher\b|createCipher\s*\(|createDecipher\s*\(/.test(name)) return 'an MD5-derived key with no IV'
  if (/SSLv|TLSv1/.test(name)) return 'a retired SSL/TLS version (SSL 3.0 and TLS 1.0/1.1 have known attacks, and RFC 8996 forbids them)'
  if (/rc2|blowfish|bf|idea|cast5|rabbit/i.test(name)) return 'a legacy 64-bit-block cipher'
  return 'a broken cipher'
}

function hit(line: number, found: string, why: string, suggestion: string) {
  return {
    line,
    message: `\`${found.trim()}\` uses ${why}.`,
    suggestion,
  }
}
