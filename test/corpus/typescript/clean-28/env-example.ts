// corpus: path=scripts/check-env-example.ts
import { readFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Keeps .env.example in step with the schema: every variable the app reads must be listed, with a
 * placeholder, and no placeholder may look like a real value.
 */

const ROOT = path.resolve(import.meta.dirname, '..')
const EXAMPLE_FILE = path.join(ROOT, '.env.example')

const PLACEHOLDERS: Record<string, string> = {
  DATABASE_URL: 'postgres://postgres:postgres@localhost:5432/acme_dev',
  REDIS_URL: 'redis://localhost:6379',
  SESSION_SECRET: 'replace-with-32-random-bytes',
  JWT_PRIVATE_KEY: '-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----',
  STRIPE_SECRET_KEY: 'sk_test_...',
  STRIPE_WEBHOOK_SECRET: 'whsec_...',
  SMTP_PASSWORD: '',
  SENTRY_DSN: '',
}

const FORBIDDEN_PATTERNS = [
  /sk_live_[0-9a-zA-Z]{10,}/,
  /AKIA[0-9A-Z]{16}/,
  /-----BEGIN (RSA |EC )?PRIVATE KEY-----\n[A-Za-z0-9+/=]{40,}/,
  /xox[baprs]-[0-9A-Za-z-]{10,}/,
  /gh[pousr]_[A-Za-z0-9]{36}/,
]

function parse(text: string): Map<string, string> {
  const vars = new Map<string, string>()
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const eq = line.indexOf('=')
    if (eq < 0) continue
    vars.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim().replace(/^"|"$/g, ''))
  }
  return vars
}

export async function checkEnvExample(): Promise<string[]> {
  const problems: string[] = []
  const vars = parse(await readFile(EXAMPLE_FILE, 'utf8'))
  for (const [name, placeholder] of Object.entries(PLACEHOLDERS)) {
    if (!vars.has(name)) problems.push(`${name} is missing from .env.example (suggested: ${name}=${placeholder})`)
  }
  for (const [name, value] of vars) {
    if (FORBIDDEN_PATTERNS.some((re) => re.test(value))) problems.push(`${name} in .env.example looks like a real credential`)
  }
  return problems
}

if (import.meta.main) {
  const problems = await checkEnvExample()
  for (const p of problems) console.error(p)
  process.exitCode = problems.length ? 1 : 0
}
