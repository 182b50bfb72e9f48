import { sign } from '@octokit/webhooks-methods'
import { env } from 'cloudflare:workers'
import { describe, it } from 'vitest'
import { createAppJwt, importAppPrivateKey } from '../../src/github/app-auth'
import { completeCheckRun, type Annotation } from '../../src/github/check-run'
import { GitHubClient } from '../../src/github/client'
import { readGitHubConfig } from '../../src/github/config'
import { rateLimitDelay } from '../../src/github/http'
import { parseRepoConfig } from '../../src/github/repo-config'
import { verifyWebhookSignature } from '../../src/github/signature'
import { FakeGitHub } from './fake-github'

const encoder = new TextEncoder()

function pem(label: string, der: ArrayBuffer | Uint8Array): string {
  const b64 = btoa(String.fromCharCode(...new Uint8Array(der)))
  return `-----BEGIN ${label}-----\n${b64.match(/.{1,64}/g)!.join('\n')}\n-----END ${label}-----\n`
}

/** A fresh RSA key as PKCS#8 and PKCS#1 PEM (PKCS#1 is the OCTET STRING inside the PKCS#8 envelope). */
async function testKeys() {
  const pair = await crypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['sign', 'verify'],
  )
  const pkcs8 = new Uint8Array((await crypto.subtle.exportKey('pkcs8', (pair as CryptoKeyPair).privateKey)) as ArrayBuffer)
  // SEQUENCE(len) INTEGER 0, AlgorithmIdentifier (15 bytes), OCTET STRING(len) <RSAPrivateKey>
  const afterSeq = 2 + (pkcs8[1]! & 0x80 ? pkcs8[1]! & 0x7f : 0)
  const octet = afterSeq + 3 + 15
  expect0(pkcs8[octet] === 0x04)
  const lengthBytes = pkcs8[octet + 1]! & 0x80 ? pkcs8[octet + 1]! & 0x7f : 0
  const pkcs1 = pkcs8.slice(octet + 2 + lengthBytes)
  return { pair: pair as CryptoKeyPair, pkcs8: pem('PRIVATE KEY', pkcs8), pkcs1: pem('RSA PRIVATE KEY', pkcs1) }
}

function expect0(ok: boolean) {
  if (!ok) throw new Error('unexpected PKCS#8 layout')
}

function decodePart(part: string) {
  return JSON.parse(atob(part.replaceAll('-', '+').replaceAll('_', '/')))
}

describe('webhook signatures', () => {
  it('accepts GitHub’s signature and refuses anything else', async ({ expect }) => {
    const body = JSON.stringify({ action: 'opened', n: 'ünïcode' })
    const good = await sign('s3cret', body)
    expect(await verifyWebhookSignature('s3cret', encoder.encode(body), good)).toBe(true)
    expect(await verifyWebhookSignature('other', encoder.encode(body), good)).toBe(false)
    expect(await verifyWebhookSignature('s3cret', encoder.encode(body + ' '), good)).toBe(false)
    expect(await verifyWebhookSignature('s3cret', encoder.encode(body), good.replace('sha256=', 'sha1='))).toBe(false)
    expect(await verifyWebhookSignature('s3cret', encoder.encode(body), undefined)).toBe(false)
    expect(await verifyWebhookSignature('s3cret', encoder.encode(body), 'sha256=zz')).toBe(false)
  })
})

describe('App authentication', () => {
  it('signs an RS256 JWT with a PKCS#1 or a PKCS#8 key: iat 60 s back, exp within 10 minutes', async ({ expect }) => {
    const { pair, pkcs1, pkcs8 } = await testKeys()
    const now = Date.UTC(2026, 0, 1)
    for (const text of [pkcs1, pkcs8]) {
      const jwt = await createAppJwt('99', await importAppPrivateKey(text), now)
      const [header, payload, signature] = jwt.split('.')
      expect(decodePart(header!)).toEqual({ alg: 'RS256', typ: 'JWT' })
      const claims = decodePart(payload!)
      expect(claims).toEqual({ iss: '99', iat: now / 1000 - 60, exp: claims.exp })
      expect(claims.exp - now / 1000).toBeLessThanOrEqual(600)
      const sig = Uint8Array.from(atob(signature!.replaceAll('-', '+').replaceAll('_', '/')), (c) => c.charCodeAt(0))
      expect(await crypto.subtle.verify('RSASSA-PKCS1-v1_5', pair.publicKey, sig, encoder.encode(`${header}.${payload}`))).toBe(true)
    }
  })

  it('refuses text that is not a private key PEM', async ({ expect }) => {
    await expect(importAppPrivateKey('ghp_notakey')).rejects.toThrow(/not a PEM private key/)
  })

  it('caches the installation token until 5 minutes before it expires', async ({ expect }) => {
    const github = new FakeGitHub().install()
    try {
      const config = readGitHubConfig(env)!
      const client = new GitHubClient(config, 8_800_001)
      github.permissions.set('a', 'write')
      await client.json('GET', '/repos/o/r/collaborators/a/permission')
      await client.json('GET', '/repos/o/r/collaborators/a/permission')
      expect(github.callsTo('POST', /access_tokens$/)).toHaveLength(1)
      expect(github.calls.at(-1)!.headers.authorization).toBe('token ghs_installation_8800001')
    } finally {
      github.uninstall()
    }
  })
})

describe('rate limits', () => {
  const answer = (status: number, headers: Record<string, string>) => new Response(null, { status, headers })
  it.for([
    [429, { 'retry-after': '7' }, 7],
    [403, { 'retry-after': '30' }, 30],
    [403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(1_000_000 + 120) }, 121],
    [429, {}, 60],
    [403, {}, null],
    [500, {}, null],
    [404, {}, null],
  ] as const)('%i %j waits %s s', ([status, headers, expected], { expect }) => {
    expect(rateLimitDelay(answer(status, headers), 1_000_000_000)).toBe(expected)
  })
})

describe('check runs', () => {
  it('sends annotations 50 per request', async ({ expect }) => {
    const github = new FakeGitHub().install()
    try {
      const client = new GitHubClient(readGitHubConfig(env)!, 8_800_002)
      const run = await client.json<{ id: number }>('POST', '/repos/o/r/check-runs', { name: 'x', head_sha: 'a' })
      const annotations: Annotation[] = Array.from({ length: 120 }, (_, i) => ({
        path: 'a.py', start_line: i + 1, end_line: i + 1, annotation_level: 'warning', message: 'm', title: 't',
      }))
      await completeCheckRun(client, 'o', 'r', run.id, { conclusion: 'failure', title: 'T', summary: 'S', annotations })
      const updates = github.checkRuns.get(run.id)!.updates
      expect(updates.map((u) => u.output.annotations.length)).toEqual([50, 50, 20])
      expect(updates[0]).toMatchObject({ status: 'completed', conclusion: 'failure' })
      expect(updates.every((u) => u.output.title === 'T' && u.output.summary === 'S')).toBe(true)
    } finally {
      github.uninstall()
    }
  })
})

describe('.code-review.yml', () => {
  it.for([
    ['', { options: {}, failOn: 'major', drafts: false, maxInlineComments: 25 }],
    [
      'profile: strict\nmin_severity: minor\nfail_on: critical\ndisable: [hygiene]\nignore_paths:\n  - docs/**\ndrafts: true\nmax_inline_comments: 5\n',
      { options: { profile: 'strict', min_severity: 'minor', disable: ['hygiene'], ignore_paths: ['docs/**'] }, failOn: 'critical', drafts: true, maxInlineComments: 5 },
    ],
  ] as const)('accepts %j', ([text, config], { expect }) => {
    expect(parseRepoConfig(text)).toEqual({ ok: true, config })
  })

  it.for([
    ['profile: lax\n', '.code-review.yml line 1: `profile` must be one of strict, default, prototype (got "lax")'],
    ['\nmax_findings: 0\n', '.code-review.yml line 2: `max_findings` must be a whole number from 1 to 1000 (got 0)'],
    ['disable: hygiene\n', '.code-review.yml line 1: `disable` must be a list, e.g. [hygiene] or one `- item` per line (got "hygiene")'],
    ['enable: [a, 3]\n', '.code-review.yml line 1: `enable` item 2 must be a non-empty string (got 3)'],
    ['min-severity: major\n', '.code-review.yml line 1: unknown key `min-severity`; did you mean `min_severity`?'],
    ['drafts: maybe\n', '.code-review.yml line 1: `drafts` must be true or false (got "maybe")'],
    ['profile: [a\n', '.code-review.yml line 1: a `[` list must close with `]` on the same line'],
  ] as const)('refuses %j', ([text, error], { expect }) => {
    expect(parseRepoConfig(text)).toEqual({ ok: false, error })
  })
})
