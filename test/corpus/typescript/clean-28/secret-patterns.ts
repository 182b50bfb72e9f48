// corpus: path=src/scanning/secret-patterns.ts
/**
 * Patterns the pre-commit hook and the paste guard use to warn users before they share a
 * credential. Each has a short example of the shape, made of repeated characters, for the docs.
 */
export interface SecretPattern {
  id: string
  label: string
  pattern: RegExp
  example: string
}

export const SECRET_PATTERNS: readonly SecretPattern[] = [
  { id: 'aws-access-key', label: 'AWS access key ID', pattern: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/, example: 'AKIAXXXXXXXXXXXXXXXX' },
  { id: 'github-token', label: 'GitHub token', pattern: /\bgh[pousr]_[A-Za-z0-9]{36}\b/, example: 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
  { id: 'slack-token', label: 'Slack token', pattern: /\bxox[baprs]-[0-9A-Za-z-]{10,48}\b/, example: 'xoxb-0000000000-xxxxxxxxxxxx' },
  { id: 'stripe-secret', label: 'Stripe secret key', pattern: /\b[sr]k_live_[0-9a-zA-Z]{24,}\b/, example: 'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx' },
  { id: 'google-api-key', label: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/, example: 'AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX' },
  { id: 'private-key', label: 'Private key block', pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/, example: '-----BEGIN PRIVATE KEY-----' },
  { id: 'jwt', label: 'JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/, example: 'eyJhbGciOi….eyJzdWIiOi….signature' },
  { id: 'acme-key', label: 'Acme API key', pattern: /\bak_(live|test)_[0-9a-f]{32}\b/, example: 'ak_live_' + '0'.repeat(32) },
]

export const ALLOWLIST = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
])

export interface Match {
  id: string
  label: string
  index: number
  preview: string
}

export function scan(text: string): Match[] {
  const matches: Match[] = []
  for (const p of SECRET_PATTERNS) {
    const re = new RegExp(p.pattern.source, 'g')
    for (const m of text.matchAll(re)) {
      if (ALLOWLIST.has(m[0])) continue
      matches.push({ id: p.id, label: p.label, index: m.index ?? 0, preview: `${m[0].slice(0, 6)}…` })
    }
  }
  return matches.sort((a, b) => a.index - b.index)
}
