import { describe, it } from 'vitest'
import { reviewChangeset } from '../../../../src/review/engine'
import { secretsRules } from '../../../../src/review/rules/secrets'
import { maskSecret, shannonEntropy } from '../../../../src/review/rules/secrets/util'
import { addedDiff } from '../../rule-tester'

// Every secret the pack detects, with the exact value that must never be echoed back.
const CASES: Array<{ path: string; code: (secret: string) => string; secret: string }> = [
  { path: 'app.py', code: (s) => `key_id = "${s}"\n`, secret: 'AKIA' + 'VO2T33LAIGEYLK44' },
  { path: 'app.py', code: (s) => `aws_secret_access_key = "${s}"\n`, secret: 'ag9zKSUUMnaWEK/7JW7i' + 'z2SO3Rk0IsNKplItpYWZ' },
  { path: 'src/maps.ts', code: (s) => `const key = '${s}'\n`, secret: 'AIza' + '3nynD_vief9CG9BLPm0ZNZml9DPJVLijiht' },
  { path: 'src/blob.ts', code: (s) => `const c = 'AccountName=a;${'Account' + 'Key'}=${s}'\n`, secret: 'yVHn2rFhpmpZ/D3rIvVf6gAUPALPM3e1TIBjldQjnQWvIbpZD60gp0tJYywbcnysH4tI1f04+/3lunO8T57Cni==' },
  { path: 'src/gh.ts', code: (s) => `const t = '${s}'\n`, secret: 'gh' + 'p_nwGu3GuVLJqgcNMURDdikoODi4AA3FRnpLBm' },
  { path: '.gitlab-ci.yml', code: (s) => `TOKEN: ${s}\n`, secret: 'gl' + 'pat-wqfqbzBHd59NN5RSzzkJ' },
  { path: '.npmrc', code: (s) => `//registry.npmjs.org/:_authToken=${s}\n`, secret: 'np' + 'm_roLljd19b1XQddUAQbH2NLpxXzlQ6sbPSppF' },
  { path: 'src/slack.ts', code: (s) => `const t = '${s}'\n`, secret: 'xox' + 'b-669375989627-9845217352550-xVDwVy7EkhhNP2zIYacYBVI0' },
  { path: 'alerts.py', code: (s) => `URL = "https://hooks.slack.com/services/T5G6CWVVK/B8D38F8GQ3E/${s}"\n`, secret: 'bZp1xzAT1Zfd' + 'vfBZneb4OpLu' },
  { path: 'bot.py', code: (s) => `TOKEN = "6516359390:${s}"\n`, secret: 'AA' + 'fVIGOWDnZ9VSrjUT2ltmuHIcESw6WM9Ny' },
  { path: 'src/pay.ts', code: (s) => `const k = '${s}'\n`, secret: 'sk_' + 'live_wjwtlPnHFrzjMqP6QJ3lsEh7s2LAjSb3CsfuoRxdfNOgIM8z' },
  {
    path: 'src/api.ts',
    code: (s) => `const t = '${s}'\n`,
    secret: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtYmlsbGluZyIsInNjb3BlIjoiYWRtaW4ifQ.' + 'k3Xq9vLmT2pR8wZ4nB7cY1sH6dF0gJ5eU2iO8aQ3lK',
  },
  { path: 'settings.py', code: (s) => `DATABASE_URL = "postgresql://app:${s}@db.prod.internal/app"\n`, secret: 'Vx7q2Lm' + 'Z9tRk4p' },
  { path: 'settings.py', code: (s) => `DB_PASSWORD = "${s}"\n`, secret: 'Tr0ub4dor&3x' },
  { path: 'db.go', code: (s) => `db, _ := sql.Open("postgres", "host=db user=app password=${s} dbname=app")\n`, secret: 'Vx7q2Lm' + 'Z9tRk4p' },
  { path: 'src/search.ts', code: (s) => `fetch('https://api.example.com/v1?api_key=${s}')\n`, secret: '9f8a7c6b5d4e' + '3f2a1b0c' },
  { path: 'client.py', code: (s) => `headers = {"Authorization": "Bearer ${s}"}\n`, secret: '7f4c9a2e1b8d6f3a5c0e9b7d2a4f6c8e1b3d5f7a' },
  { path: '.env', code: (s) => `DB_PASSWORD=${s}\n`, secret: 'kR9v!2mQx7Lp' },
]

describe('secrets pack never echoes a secret', () => {
  for (const c of CASES) {
    it(`${c.path}: ${maskSecret(c.secret)}`, ({ expect }) => {
      const result = reviewChangeset([{ path: c.path, diff: addedDiff(c.path, c.code(c.secret)) }], { profile: 'strict' }, { rules: secretsRules })
      expect(result.findings.length).toBeGreaterThan(0)
      // Neither the value nor any 8-character run of it may appear (past a shown prefix such as `sk_live_`).
      const runs = Array.from({ length: c.secret.length - 8 }, (_, i) => c.secret.slice(i + 1, i + 9))
      for (const f of result.findings) {
        for (const text of [f.message, f.suggestion ?? '']) {
          expect(text).not.toContain(c.secret)
          expect(runs.filter((run) => text.includes(run))).toEqual([])
        }
      }
    })
  }
})

describe('maskSecret', () => {
  it('keeps a short prefix and the length', ({ expect }) => {
    expect(maskSecret('AKIA' + 'VO2T33LAIGEYLK44')).toBe('AKIA…(20 chars)')
    expect(maskSecret('gh' + 'p_nwGu3GuVLJqgcNMURDdikoODi4AA3FRnpLBm', 4)).toBe('ghp_…(40 chars)')
  })

  it('never shows more than a quarter of a short value', ({ expect }) => {
    expect(maskSecret('hunter22')).toBe('hu…(8 chars)')
    expect(maskSecret('abc')).toBe('…(3 chars)')
    expect(maskSecret('', 4)).toBe('…(0 chars)')
    expect(maskSecret('sk_' + 'live_abcdefghijklmnop', 30)).toBe('sk_liv…(24 chars)')
  })
})

describe('shannonEntropy', () => {
  it('is 0 for one repeated character and grows with variety', ({ expect }) => {
    expect(shannonEntropy('')).toBe(0)
    expect(shannonEntropy('aaaaaaaa')).toBe(0)
    expect(shannonEntropy('abcd')).toBe(2)
    expect(shannonEntropy('ag9zKSUUMnaWEK/7JW7iz2SO3Rk0IsNKplItpYWZ')).toBeGreaterThan(4.5)
  })
})
