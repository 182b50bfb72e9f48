// Flags signed JSON Web Tokens (three base64url segments, header and payload starting `eyJ`).
// Known false positives: fixture tokens; test files, the jwt.io sample and Supabase anon keys are skipped.
import type { LineContext, LineRule, RuleHit } from '../../types'
import { maskSecret } from './util'
import { inSampleData } from './sample-data'

const JWT = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{16,}(?![A-Za-z0-9_-])/g
/** Signature of the sample token on jwt.io, copied into countless docs and tests. */
const JWT_IO_SAMPLE_SIGNATURE = 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
/** The name a token is assigned to on its line: `EXAMPLE_TOKEN = "…"`, `sampleJwt: '…'`, `"example": "…"`. */
const ASSIGNED_NAME = /([A-Za-z_$][\w$]*)["']?\s*(?::=|=>|=|:)\s*[^=:]*$/
/** A name left alone at the end of a line, its value moved to the next by a formatter: `const bearerExample =`. */
const NAME_BEFORE_BREAK = /([A-Za-z_$][\w$]*)["']?\s*(?::=|=|:)\s*\(?\s*$/

/** The name a token at offset `at` is assigned to: on its line, or on the line above when the token starts its own line. */
function assignedName(ctx: LineContext, at: number): string {
  const text = ctx.line.text
  const onLine = ASSIGNED_NAME.exec(text.slice(Math.max(0, at - 120), at))?.[1]
  if (onLine !== undefined) return onLine
  if (!/^\s*["'`]?$/.test(text.slice(0, at))) return ''
  return NAME_BEFORE_BREAK.exec(ctx.before(1)[0]?.text ?? '')?.[1] ?? ''
}

/**
 * Claims only documentation and fixtures carry: jwt.io's `John Doe` and `1234567890`, people and
 * issuers at the RFC 2606 example domains (`jane@example.com`, `https://auth.example.org`).
 */
const SAMPLE_CLAIM = /^(?:john|jane) doe$|^1234567890$|(?:^|[@./])example\.(?:com|org|net)(?:[/:]|$)/i

/** Decodes a base64url JSON segment; undefined when it is not JSON. */
function decodeSegment(segment: string): Record<string, unknown> | undefined {
  let bits = 0
  let buffer = 0
  let out = ''
  for (const ch of segment) {
    const v = B64.indexOf(ch)
    if (v < 0) return undefined
    buffer = (buffer << 6) | v
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out += String.fromCharCode((buffer >> bits) & 0xff)
    }
  }
  try {
    const value: unknown = JSON.parse(out)
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

export const jwt: LineRule = {
  kind: 'line',
  meta: {
    id: 'secrets/jwt',
    title: 'JSON Web Token committed',
    severity: 'major',
    category: 'security',
    pack: 'secrets',
    tier: 'core',
    languages: '*',
    description:
      'A committed JWT is a bearer credential: until it expires (often never, for API keys issued as JWTs) anyone can replay it. Tokens in test files are treated as fixtures.',
    examples: {
      bad: "const API_TOKEN = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtYmlsbGluZyIsInNjb3BlIjoiYWRtaW4ifQ." + "k3Xq9vLmT2pR8wZ4nB7cY1sH6dF0gJ5eU2iO8aQ3lK'\n",
      good: "const API_TOKEN = process.env.API_TOKEN\nconst shape = 'eyJhbGciOi...'\n",
    },
  },
  trigger: ['eyJ'],
  check(ctx) {
    const text = ctx.line.text
    if (ctx.file.isTest || !text.includes('eyJ')) return undefined
    const hits: RuleHit[] = []
    for (const m of text.matchAll(JWT)) {
      const [headerPart, payloadPart, signature] = m[0].split('.') as [string, string, string]
      if (signature === JWT_IO_SAMPLE_SIGNATURE) continue
      const header = decodeSegment(headerPart)
      const payload = decodeSegment(payloadPart)
      if (!header || typeof header.alg !== 'string' || !payload) continue
      if (Object.values(payload).some((v) => typeof v === 'string' && SAMPLE_CLAIM.test(v))) continue
      // Named as an example or fixture (`EXAMPLE_TOKEN = …`, inside `mock_response = {…}`): made-up data like the tests'.
      if (inSampleData(ctx, assignedName(ctx, m.index), m.index)) continue
      const role = typeof payload.role === 'string' ? payload.role : undefined
      const issuer = typeof payload.iss === 'string' ? ` issued by \`${payload.iss.slice(0, 60)}\`` : ''
      const masked = maskSecret(m[0], 6)
      // Supabase's anon key is the public key its browser client is built with; row-level security decides access.
      if (role === 'anon') continue
      hits.push({
        line: ctx.line.newLine,
        message:
          role === 'service_role'
            ? `Supabase service_role key (JWT \`${masked}\`) is committed; it bypasses row-level security on the whole database.`
            : `Signed JWT \`${masked}\` (${header.alg}${issuer}) is committed; anyone can replay it as a bearer credential until it expires.`,
        suggestion:
          'Revoke the token (rotate the signing key if it cannot be revoked individually) and load tokens at runtime from the environment or a secret manager.',
        ...(role === 'service_role' ? { severity: 'critical' as const } : {}),
      })
    }
    return hits
  },
}
