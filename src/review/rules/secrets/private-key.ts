// Flags PEM private key blocks (RSA, EC, DSA, OPENSSH, PGP, PKCS#8, encrypted). Known false positives:
// throwaway keys in test fixtures (reported at minor); bare marker constants and `...` stubs are skipped.
import type { DiffLine, LineRule } from '../../types'

const MARKER = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----/
/** Key material right after the marker: an escaped newline inside a string, or the next line. */
const INLINE_BODY = /^(?:\\r)?\\n(?:[A-Za-z-]+: [^\\]*\\n)*(?:\\n)?[A-Za-z0-9+/=]{40,}/
/** The marker closes its line: a PEM file, heredoc, multi-line string or string concatenation. */
const MARKER_ENDS_LINE = /^(?:\\n)?["'`]?\s*[+,]?\s*$/
const BODY_LINE = /^\s*["'`]?[A-Za-z0-9+/=]{40,}/
const HEADER_LINE = /^\s*["'`]?(?:Proc-Type|DEK-Info|Version|Comment):/

function followedByKeyMaterial(after: DiffLine[]): boolean {
  for (const l of after) {
    if (HEADER_LINE.test(l.text) || l.text.trim() === '') continue
    return BODY_LINE.test(l.text)
  }
  return false
}

export const privateKey: LineRule = {
  kind: 'line',
  meta: {
    id: 'secrets/private-key',
    title: 'Private key committed',
    severity: 'critical',
    category: 'security',
    pack: 'secrets',
    tier: 'core',
    languages: '*',
    description:
      'A committed private key lets anyone impersonate the server, sign as the owner or log in over SSH; it stays in the repository history after deletion, so it must be replaced.',
    examples: {
      bad: '-----BEGIN RSA PRIVATE' + ' KEY-----\nMIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi8CqZ0HRwVt9g0JdPlwYnXdl8m\n-----END RSA PRIVATE KEY-----\n',
      good: 'const PEM_HEADER = "-----BEGIN PRIVATE KEY-----"\nif (pem.startsWith(PEM_HEADER)) return parsePem(pem)\n',
    },
  },
  trigger: ['-----BEGIN'],
  check(ctx) {
    const text = ctx.line.text
    if (!text.includes('-----BEGIN')) return undefined
    const m = MARKER.exec(text)
    if (!m) return undefined
    // Google service-account JSON has its own rule.
    if (/["']private_key["']\s*:/.test(text)) return undefined
    const rest = text.slice(m.index + m[0].length)
    const inline = INLINE_BODY.test(rest)
    if (!inline && !(MARKER_ENDS_LINE.test(rest) && followedByKeyMaterial(ctx.after(3)))) return undefined
    const kind = m[1]!
    const encrypted = kind.startsWith('ENCRYPTED') || ctx.after(2).some((l) => l.text.includes('Proc-Type: 4,ENCRYPTED'))
    if (ctx.file.isTest) {
      return {
        line: ctx.line.newLine,
        message: `\`${kind}\` block in a test file; fine for a throwaway fixture key, but make sure it is not used anywhere real.`,
        suggestion: 'Generate fixture keys at test time (e.g. `crypto.generateKeyPairSync`, `rsa.generate_private_key`) instead of committing them.',
        severity: 'minor',
      }
    }
    return {
      line: ctx.line.newLine,
      message: encrypted
        ? `Encrypted \`${kind}\` block is committed; its protection is only as strong as the passphrase, which is open to offline guessing.`
        : `\`${kind}\` block is committed; anyone with the repository can impersonate its owner.`,
      suggestion:
        'Remove the key, generate a new key pair (the old one stays in git history), and load it at runtime from a secret manager or a mounted file outside the repository.',
      ...(encrypted ? { severity: 'major' as const } : {}),
    }
  },
}
