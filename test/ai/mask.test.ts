import { describe, it } from 'vitest'
import { maskSecrets } from '../../src/ai/mask'
import { runAiReview } from '../../src/ai/review'
import { createOpenAiProvider } from '../../src/ai/openai-provider'
import { createWorkersAiProvider } from '../../src/ai/workers-ai-provider'
import { parseUnifiedDiff, reviewChangeset } from '../../src/review'
import type { Finding } from '../../src/review/types'
import { API_PASSWORD, AWS_KEY, GITHUB_TOKEN, JWT, RAW_SECRETS, SLACK_TOKEN, STRIPE_KEY, secretsChangeset } from '../fixtures/ai/secrets'
import { addedDiff } from '../review/rule-tester'
import { aiReply, chatCompletion, fakeAi, fakeFetch, fakeProvider, testConfig } from './fakes'

const ruleFindings = reviewChangeset(secretsChangeset, { profile: 'strict' }).findings

function expectNoSecrets(expect: (v: unknown) => { not: { toContain(s: string): void } }, sent: string) {
  for (const secret of RAW_SECRETS) expect(sent).not.toContain(secret)
}

describe('secret masking', () => {
  it('the fixture really is full of secrets the rules flag', ({ expect }) => {
    expect(new Set(ruleFindings.filter((f) => f.ruleId.startsWith('secrets/')).map((f) => f.ruleId))).toEqual(
      new Set([
        'secrets/aws-access-key',
        'secrets/vcs-token',
        'secrets/slack-token',
        'secrets/stripe-key',
        'secrets/jwt',
        'secrets/hardcoded-secret',
        'secrets/private-key',
        'secrets/env-file',
      ]),
    )
  })

  it('sends no raw secret through Workers AI', async ({ expect }) => {
    const ai = fakeAi(() => ({ response: { summary: 's', findings: [] } }))
    const result = await runAiReview(
      { title: `Rotate ${AWS_KEY}`, description: `token ${GITHUB_TOKEN}`, files: secretsChangeset, skippedPaths: new Set(), ruleFindings },
      createWorkersAiProvider(ai, 'm'),
      testConfig(),
    )
    expect(result.warnings).toEqual([])
    const sent = JSON.stringify(ai.calls.map((c) => c.inputs))
    expectNoSecrets(expect, sent)
    expect(sent).toContain('[redacted: possible secret flagged by secrets/aws-access-key]')
    expect(sent).toContain('[redacted: possible secret flagged by secrets/hardcoded-secret]')
    // The code around the secrets is still there to review.
    expect(sent).toContain('return openConnection(awsKeyId, dbPassword)')
  })

  it('sends no raw secret to an OpenAI-compatible server', async ({ expect }) => {
    const fake = fakeFetch(() => chatCompletion(aiReply([])))
    await runAiReview(
      { title: 'Config', description: `see ${SLACK_TOKEN}`, files: secretsChangeset, skippedPaths: new Set(), ruleFindings },
      createOpenAiProvider({ baseUrl: 'https://x.test/v1', model: 'm', fetch: fake.fetch }),
      testConfig(),
    )
    expect(fake.requests).toHaveLength(1)
    expectNoSecrets(expect, fake.requests.map((r) => r.body).join('\n'))
  })

  it('masks even when the caller passes no rule findings (filtered by min_severity, say)', async ({ expect }) => {
    const provider = fakeProvider(aiReply([]))
    await runAiReview({ title: '', description: null, files: secretsChangeset, skippedPaths: new Set(), ruleFindings: [] }, provider, testConfig())
    expectNoSecrets(expect, JSON.stringify(provider.calls.map((c) => c.messages)))
  })

  it('masks a secret whose rule finding was silenced by an inline review-ignore', ({ expect }) => {
    const code = `const dbPassword = "${API_PASSWORD}" // review-ignore: secrets not a real one`
    const files = [{ path: 'src/db.ts', diff: addedDiff('src/db.ts', code) }]
    expect(reviewChangeset(files, { profile: 'strict' }).findings.filter((f) => f.ruleId.startsWith('secrets/'))).toEqual([])
    const [masked] = maskSecrets(parseUnifiedDiff(files[0]!.diff, 'src/db.ts'), [])
    expect(masked!.hunks[0]!.lines[0]!.text).toBe('[redacted: possible secret flagged by secrets/hardcoded-secret]')
  })

  it('hides the whole body of a private key, not just its marker line', ({ expect }) => {
    const key = secretsChangeset.find((f) => f.path === 'src/key.ts')!
    const [masked] = maskSecrets(parseUnifiedDiff(key.diff, key.path), ruleFindings)
    expect(masked!.hunks[0]!.lines.map((l) => l.text)).toEqual([
      '[redacted: possible secret flagged by secrets/private-key]',
      '[redacted: private key material]',
      '[redacted: private key material]',
      '[redacted: private key material]',
      'export default PEM',
    ])
  })

  it('blanks a committed .env file entirely', ({ expect }) => {
    const env = secretsChangeset.find((f) => f.path === '.env')!
    const [masked] = maskSecrets(parseUnifiedDiff(env.diff, env.path), ruleFindings)
    expect(masked!.hunks[0]!.lines.map((l) => l.text)).toEqual([
      '[redacted: possible secret flagged by secrets/env-file]',
      '[redacted: possible secret flagged by secrets/env-file]',
    ])
  })

  it('masks the lines a secrets finding points at, by path and line', ({ expect }) => {
    const files = parseUnifiedDiff(addedDiff('src/a.ts', 'const a = 1\nconst b = "opaque-value"\nconst c = 3'))
    const finding: Finding = {
      ruleId: 'secrets/custom',
      severity: 'critical',
      category: 'security',
      filePath: 'src/a.ts',
      line: 2,
      endLine: null,
      message: '',
      suggestion: null,
      fingerprint: '',
      source: 'rule',
    }
    const [masked] = maskSecrets(files, [finding, { ...finding, ruleId: 'bugs/other', line: 3 }])
    expect(masked!.hunks[0]!.lines.map((l) => l.text)).toEqual(['const a = 1', '[redacted: possible secret flagged by secrets/custom]', 'const c = 3'])
    // The originals are untouched: anchoring and fingerprints use the real text.
    expect(files[0]!.hunks[0]!.lines[1]!.text).toBe('const b = "opaque-value"')
  })

  it('scrubs known token shapes on lines no rule saw (removed and context lines)', ({ expect }) => {
    const diff = [
      '--- a/src/b.ts',
      '+++ b/src/b.ts',
      '@@ -1,4 +1,4 @@',
      ` const stripe = "${STRIPE_KEY}"`,
      ` const jwt = "${JWT}"`,
      `-const url = "postgres://app:Sup3rS3cretPw@db:5432/app"`,
      '+const url = process.env.DATABASE_URL',
      ' export {}',
    ].join('\n')
    const sent = JSON.stringify(maskSecrets(parseUnifiedDiff(diff), []))
    expect(sent).not.toContain(STRIPE_KEY)
    expect(sent).not.toContain(JWT)
    expect(sent).not.toContain('Sup3rS3cretPw')
    expect(sent).toContain('const url = process.env.DATABASE_URL')
  })
})
