import { describe, it } from 'vitest'
import { reviewChangeset } from '../../src/review/engine'
import { findSecretValues, redactSecrets, SecretFragments } from '../../src/review/redact'
import { secretsRules } from '../../src/review/rules/secrets'
import { LIVE } from './live-secrets'
import { addedDiff } from './rule-tester'

/** Lines every secrets rule flags, with the value that must not survive masking. */
const FLAGGED: Array<{ path: string; line: string; secret: string }> = [
  { path: 'app.py', line: `key_id = "${LIVE.aws}"`, secret: LIVE.aws },
  { path: 'app.py', line: `aws_secret_access_key = "${LIVE.awsSecret}"`, secret: LIVE.awsSecret },
  { path: 'src/maps.ts', line: `const key = '${'AIza' + '3nynD_vief9CG9BLPm0ZNZml9DPJVLijiht'}'`, secret: 'AIza' + '3nynD_vief9CG9BLPm0ZNZml9DPJVLijiht' },
  {
    path: 'src/blob.ts',
    line: `const c = 'AccountName=a;${'Account' + 'Key'}=yVHn2rFhpmpZ/D3rIvVf6gAUPALPM3e1TIBjldQjnQWvIbpZD60gp0tJYywbcnysH4tI1f04+/3lunO8T57Cni=='`,
    secret: 'yVHn2rFhpmpZ/D3rIvVf6gAUPALPM3e1TIBjldQjnQWvIbpZD60gp0tJYywbcnysH4tI1f04+/3lunO8T57Cni==',
  },
  { path: 'src/gh.ts', line: `const t = '${LIVE.github}'`, secret: LIVE.github },
  {
    path: 'src/gh.ts',
    line: `GITHUB_TOKEN = "${'github_pat_' + '9QosgMjR8nqzOF9u5Ycwbv_XFtDd328orLrLnvhbcKuQ2ZTFUzOAiYBfi4AZ7szqoMUrrg5Ogu8zr2KMTv'}"`,
    secret: '9QosgMjR8nqzOF9u5Ycwbv_XFtDd328orLrLnvhbcKuQ2ZTFUzOAiYBfi4AZ7szqoMUrrg5Ogu8zr2KMTv',
  },
  { path: '.gitlab-ci.yml', line: `TOKEN: ${'gl' + 'pat-wqfqbzBHd59NN5RSzzkJ'}`, secret: 'wqfqbzBHd59NN5RSzzkJ' },
  { path: '.npmrc', line: `//registry.npmjs.org/:_authToken=${'np' + 'm_roLljd19b1XQddUAQbH2NLpxXzlQ6sbPSppF'}`, secret: 'roLljd19b1XQddUAQbH2NLpxXzlQ6sbPSppF' },
  { path: '.npmrc', line: `_auth = ${'dXNlcjpTM2NyM3RQYXNzd29yZDEyMw=='}`, secret: 'dXNlcjpTM2NyM3RQYXNzd29yZDEyMw==' },
  { path: 'src/slack.ts', line: `const t = '${'xox' + 'b-669375989627-9845217352550-xVDwVy7EkhhNP2zIYacYBVI0'}'`, secret: '669375989627-9845217352550-xVDwVy7EkhhNP2zIYacYBVI0' },
  { path: 'alerts.py', line: `URL = "https://hooks.slack.com/services/T5G6CWVVK/B8D38F8GQ3E/${'bZp1xzAT1Zfd' + 'vfBZneb4OpLu'}"`, secret: 'bZp1xzAT1ZfdvfBZneb4OpLu' },
  {
    path: 'alerts.py',
    line: `HOOK = "https://discord.com/api/webhooks/112233445566778899/${'Xy7Kp2Lm9Qr4Tv8Wz1Bn5Cd3Fg6Hj0Kl' + 'Mn2Pq4Rs6Tu8Vw0Xy2Za4Bc6De8Fg0Hi2Jk4Lm6No8Pq'}"`,
    secret: 'Xy7Kp2Lm9Qr4Tv8Wz1Bn5Cd3Fg6Hj0KlMn2Pq4Rs6Tu8Vw0Xy2Za4Bc6De8Fg0Hi2Jk4Lm6No8Pq',
  },
  { path: 'bot.py', line: `TOKEN = "6516359390:${'AA' + 'fVIGOWDnZ9VSrjUT2ltmuHIcESw6WM9Ny'}"`, secret: 'fVIGOWDnZ9VSrjUT2ltmuHIcESw6WM9Ny' },
  { path: 'src/pay.ts', line: `const k = '${LIVE.stripe}'`, secret: LIVE.stripe.slice(8) },
  { path: 'src/pay.ts', line: `const w = '${'whsec_' + 'Q8zV4mN2kL7pR3tX9wY1bC5dF6gH0jK2'}'`, secret: 'Q8zV4mN2kL7pR3tX9wY1bC5dF6gH0jK2' },
  {
    path: 'src/api.ts',
    line: `const t = '${'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtYmlsbGluZyIsInNjb3BlIjoiYWRtaW4ifQ.' + 'k3Xq9vLmT2pR8wZ4nB7cY1sH6dF0gJ5eU2iO8aQ3lK'}'`,
    secret: 'k3Xq9vLmT2pR8wZ4nB7cY1sH6dF0gJ5eU2iO8aQ3lK',
  },
  { path: 'settings.py', line: `DATABASE_URL = "postgresql://app:${'Vx7q2Lm' + 'Z9tRk4p'}@db.prod.internal/app"`, secret: 'Vx7q2LmZ9tRk4p' },
  { path: 'settings.py', line: 'DB_PASSWORD = "Tr0ub4dor&3x"', secret: 'Tr0ub4dor&3x' },
  { path: 'db.go', line: `db, _ := sql.Open("postgres", "host=db user=app password=${'Vx7q2Lm' + 'Z9tRk4p'} dbname=app")`, secret: 'Vx7q2LmZ9tRk4p' },
  { path: 'appsettings.json', line: `"Db": "Server=db;Database=app;User Id=sa;Password=${'Qz8!vR2m' + 'Lk5w'};"`, secret: 'Qz8!vR2mLk5w' },
  { path: 'src/search.ts', line: `fetch('https://api.example.com/v1?api_key=${'9f8a7c6b5d4e' + '3f2a1b0c'}')`, secret: '9f8a7c6b5d4e3f2a1b0c' },
  { path: 'client.py', line: 'headers = {"Authorization": "Bearer 7f4c9a2e1b8d6f3a5c0e9b7d2a4f6c8e1b3d5f7a"}', secret: '7f4c9a2e1b8d6f3a5c0e9b7d2a4f6c8e1b3d5f7a' },
  { path: 'config.yml', line: 'password: hunter2-Prod', secret: 'hunter2-Prod' },
  { path: 'settings.py', line: 'CACHE_URL = "redis://default:p4ss.w0rd.x@cache.internal:6379/0"', secret: 'p4ss.w0rd.x' },
  { path: 'deploy.sh', line: 'mysql --password=Qz8vR2mLk5w -u root', secret: 'Qz8vR2mLk5w' },
  { path: 'src/svc.ts', line: "const clientSecret = 'c9V2kP7mQ4xR8tL1'", secret: 'c9V2kP7mQ4xR8tL1' },
  { path: 'src/k.py', line: `PRIVATE = "-----BEGIN RSA PRIVATE ${'KEY'}-----\\nMIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi8CqZ0HRwVt9g0JdPlwYnXdl8m\\n-----END RSA PRIVATE KEY-----"`, secret: 'MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi8CqZ0HRwVt9g0JdPlwYnXdl8m' },
  {
    path: 'sa.json',
    line: `  "private_key": "-----BEGIN PRIVATE ${'KEY'}-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\\n-----END PRIVATE KEY-----\\n",`,
    secret: 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7',
  },
]

/** Every 8-character run of a secret: none may survive, or a truncated quote leaks it piecewise. */
function runsOf(secret: string): string[] {
  return Array.from({ length: Math.max(0, secret.length - 7) }, (_, i) => secret.slice(i, i + 8))
}

describe('redactSecrets', () => {
  for (const c of FLAGGED) {
    it(`masks what a secrets rule flags: ${c.line.slice(0, 50)}`, ({ expect }) => {
      const flagged = reviewChangeset([{ path: c.path, diff: addedDiff(c.path, c.line) }], { profile: 'strict' }, { rules: secretsRules })
      expect(flagged.findings.length, 'the line is a real secrets finding').toBeGreaterThan(0)
      const masked = redactSecrets(c.line)
      for (const run of runsOf(c.secret)) expect(masked).not.toContain(run)
      expect(masked).toMatch(/…\(\d+ chars\)/)
      // After masking, no secrets rule sees anything left to report.
      const again = reviewChangeset([{ path: c.path, diff: addedDiff(c.path, masked) }], { profile: 'strict' }, { rules: secretsRules })
      expect(again.findings).toEqual([])
      expect(redactSecrets(masked), 'masking twice changes nothing').toBe(masked)
    })
  }

  it('masks every bad example in the secrets pack, the same way', ({ expect }) => {
    for (const rule of secretsRules) {
      const path = rule.meta.id === 'secrets/env-file' ? '.env' : 'src/config.py'
      const masked = redactSecrets(rule.meta.examples.bad)
      const again = reviewChangeset([{ path, diff: addedDiff(path, masked) }], { profile: 'strict' }, { rules: [rule] })
      expect(again.findings, rule.meta.id).toEqual([])
    }
  })

  it('keeps public prefixes readable and says how long the secret was', ({ expect }) => {
    expect(redactSecrets(`key ${LIVE.aws} and ${LIVE.github}`)).toBe('key AKIA…(20 chars) and ghp_…(40 chars)')
    expect(redactSecrets(`stripe ${LIVE.stripe}`)).toBe('stripe sk_live_…(56 chars)')
    expect(redactSecrets('DB_PASSWORD = "Tr0ub4dor&3x"')).toBe('DB_PASSWORD = "…(12 chars)"')
    expect(redactSecrets('postgres://app:Vx7q2LmZ9tRk4p@db/app')).toBe('postgres://app:…(14 chars)@db/app')
  })

  it('hides a whole PEM block in multi-line text, and key lines under a marker without an end', ({ expect }) => {
    const block = ['before', `-----BEGIN RSA PRIVATE ${'KEY'}-----`, 'MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi8CqZ0HRwVt9g0JdPlwYnXdl8m', 'Q2x1c3RlcktleU1hdGVyaWFsU2Vjb25kTGluZU9mVGhlS2V5Qm9keUhlcmUx']
    expect(redactSecrets([...block, '-----END RSA PRIVATE KEY-----', 'after'].join('\n'))).toMatch(/^before\n-----BEGIN …\(\d+ chars\)\nafter$/)
    expect(redactSecrets([...block, '', 'after'].join('\n'))).toMatch(/^before\n-----BEGIN …\(\d+ chars\)\n\nafter$/)
  })

  it('leaves ordinary code and secret reads alone', ({ expect }) => {
    for (const line of [
      'const password = process.env.DB_PASSWORD',
      'password = os.environ["DB_PASSWORD"]',
      'self.password = password',
      "const code = 'const password = req.body.password\\n'",
      'token = getpass()',
      'user.password = hashlib.md5(password.encode()).hexdigest()',
      'password = make_password(raw, salt=None)',
      'token = jwt.encode(payload, key2)',
      'api_key = settings.keys.v2',
      'password = "changeme"',
      'api_key: ${API_KEY}',
      'DATABASE_URL = "postgres://postgres:****@localhost/dev"',
      'const PEM_HEADER = "-----BEGIN PRIVATE KEY-----"',
      'if (user == null) return res.status(404).json({ error: "not found" })',
      'See https://example.com/docs?page=2 for the token format.',
    ]) {
      expect(redactSecrets(line)).toBe(line)
    }
  })
})

describe('SecretFragments', () => {
  it('masks any 8-character piece of a known secret, as rules quote code cut short', ({ expect }) => {
    const fragments = new SecretFragments(findSecretValues(`const k = "${LIVE.github}"`))
    const cut = `\`print("${LIVE.github.slice(0, 20)}…\` looks like debug output`
    const masked = redactSecrets(cut, fragments)
    for (const run of runsOf(LIVE.github.slice(4))) expect(masked).not.toContain(run)
    expect(masked).toContain('looks like debug output')
  })

  it('leaves public prefixes and PEM markers quotable', ({ expect }) => {
    const fragments = new SecretFragments(findSecretValues([`k = "${LIVE.stripe}"`, `-----BEGIN RSA PRIVATE ${'KEY'}-----`, 'MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi8CqZ0HRwVt9g0JdPlwYnXdl8m', '-----END RSA PRIVATE KEY-----'].join('\n')))
    const message = 'Stripe live secret key `sk_live_…(56 chars)` is committed; `RSA PRIVATE KEY` block is committed.'
    expect(redactSecrets(message, fragments)).toBe(message)
  })
})
