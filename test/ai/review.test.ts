import { describe, it } from 'vitest'
import { createAiProvider, readAiConfig } from '../../src/ai/config'
import { AI_REPLY_SCHEMA } from '../../src/ai/prompt'
import { AiProviderError, type ChatMessage } from '../../src/ai/provider'
import { runAiReview, type AiReviewInput } from '../../src/ai/review'
import type { Finding, ReviewInputFile } from '../../src/review/types'
import orders from '../fixtures/ai/orders.diff?raw'
import { addedDiff } from '../review/rule-tester'
import { aiFinding, aiReply, fakeAi, fakeFetch, fakeProvider, never, sleep, testConfig } from './fakes'

const ruleOnLine4: Finding = {
  ruleId: 'bugs/null-check',
  severity: 'minor',
  category: 'bug',
  filePath: 'src/orders.ts',
  line: 4,
  endLine: null,
  message: 'rule',
  suggestion: null,
  fingerprint: 'r',
  source: 'rule',
}

function input(overrides: Partial<AiReviewInput> = {}): AiReviewInput {
  return {
    title: 'Handle missing orders',
    description: 'Returns null for unknown ids.',
    files: [{ path: 'src/orders.ts', diff: orders }],
    skippedPaths: new Set(),
    ruleFindings: [ruleOnLine4],
    ...overrides,
  }
}

/** `n` new files big enough that a 500-token budget puts each in its own chunk. */
function manyFiles(n: number): ReviewInputFile[] {
  return Array.from({ length: n }, (_, i) => {
    const path = `src/f${i}.ts`
    const code = Array.from({ length: 20 }, (_, j) => `export const value${j} = compute(${j}) // file ${i}`).join('\n')
    return { path, diff: addedDiff(path, code) }
  })
}

function pathsIn(messages: ChatMessage[]): string[] {
  return [...messages[1]!.content.matchAll(/^### File: (\S+)/gm)].map((m) => m[1]!)
}

describe('runAiReview', () => {
  it('validates, anchors, merges and caps the model findings', async ({ expect }) => {
    const provider = fakeProvider(
      aiReply([
        aiFinding({ severity: 'critical' }),
        aiFinding({ line: 22, category: 'performance', title: 'Two round trips', severity: 'minor', suggestion: null }),
        aiFinding({ line: 10, title: 'Between hunks' }),
        aiFinding({ path: 'src/elsewhere.ts', line: 3 }),
        aiFinding({ line: 4, title: 'Same line as a rule' }),
        aiFinding({ severity: 'urgent' }),
      ]),
    )
    const result = await runAiReview(input(), provider, testConfig())
    expect(result.findings).toEqual([
      expect.objectContaining({
        ruleId: 'ai/bug',
        severity: 'major',
        filePath: 'src/orders.ts',
        line: 24,
        endLine: null,
        message: 'Null order is dereferenced. `loadOrder` can now return null, and `saveOrder` writes to it unchecked.',
        suggestion: 'Return early or throw when `existing` is null.',
        fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
        source: 'ai',
      }),
      expect.objectContaining({ ruleId: 'ai/performance', severity: 'minor', line: 23, suggestion: null }),
    ])
    expect(result.description).toBe('Adds order loading and saving.')
    expect(result.warnings).toEqual([])
    expect(result.stats).toMatchObject({ chunks: 1, calls: 1, failedCalls: 0, droppedInvalid: 1, droppedUnanchored: 2, merged: 1, skippedChunks: 0 })
  })

  it('calls the provider with the schema, an output budget and an abort signal', async ({ expect }) => {
    const provider = fakeProvider(aiReply([]))
    await runAiReview(input(), provider, testConfig())
    const [{ opts, messages }] = provider.calls as [(typeof provider.calls)[number]]
    expect(opts.schema).toBe(AI_REPLY_SCHEMA)
    expect(opts.maxTokens).toBe(2048)
    expect(opts.signal).toBeInstanceOf(AbortSignal)
    expect(messages.map((m) => m.role)).toEqual(['system', 'user'])
  })

  it('sends nothing for skipped files or files with no added line', async ({ expect }) => {
    const provider = fakeProvider(aiReply([]))
    const deletion = 'diff --git a/old.ts b/old.ts\ndeleted file mode 100644\n--- a/old.ts\n+++ /dev/null\n@@ -1,1 +0,0 @@\n-gone\n'
    const result = await runAiReview(
      input({
        files: [
          { path: 'dist/app.min.js', diff: addedDiff('dist/app.min.js', 'x()') },
          { path: 'old.ts', diff: deletion },
        ],
        skippedPaths: new Set(['dist/app.min.js']),
      }),
      provider,
      testConfig(),
    )
    expect(provider.calls).toHaveLength(0)
    expect(result).toMatchObject({ findings: [], description: null, warnings: [], stats: { chunks: 0, calls: 0 } })
  })

  it('drops and counts an unreadable reply, with a warning', async ({ expect }) => {
    const result = await runAiReview(input(), fakeProvider('Looks good to me!'), testConfig())
    expect(result.findings).toEqual([])
    expect(result.description).toBeNull()
    expect(result.stats.droppedInvalid).toBe(1)
    expect(result.warnings).toEqual(['AI reviewer gave 1 unusable reply (not the expected JSON); those chunks have no AI findings'])
  })

  it('survives HTTP 500 from an OpenAI-compatible server: no findings, a warning, no throw', async ({ expect }) => {
    const fake = fakeFetch(() => new Response('upstream exploded', { status: 500 }))
    const env = { AI_PROVIDER: 'openai', AI_MODEL: 'm', AI_BASE_URL: 'https://x.test/v1', AI_API_KEY: 'sk-key' }
    const provider = createAiProvider(env, readAiConfig(env), { fetch: fake.fetch })!
    const result = await runAiReview(input(), provider, testConfig({ retries: 1 }))
    expect(result.findings).toEqual([])
    expect(result.warnings).toEqual(['AI reviewer unavailable (HTTP 500); rule findings only'])
    expect(result.stats).toMatchObject({ calls: 2, failedCalls: 2 })
    expect(fake.requests).toHaveLength(2)
  })

  it('survives a Workers AI binding that throws', async ({ expect }) => {
    const ai = fakeAi(() => {
      throw new Error('3040: Capacity temporarily exceeded, please try again.')
    })
    const provider = createAiProvider({ AI_PROVIDER: 'workers-ai', AI: ai }, readAiConfig({ AI_PROVIDER: 'workers-ai' }))!
    const result = await runAiReview(input(), provider, testConfig())
    expect(result.findings).toEqual([])
    expect(result.warnings).toEqual(['AI reviewer unavailable (provider error: 3040: Capacity temporarily exceeded, please try again.); rule findings only'])
  })

  it('retries a retryable failure and then succeeds', async ({ expect }) => {
    const provider = fakeProvider((_m, _o, call) => {
      if (call === 1) throw new AiProviderError('http', 'HTTP 503', 503)
      return aiReply([aiFinding()])
    })
    const result = await runAiReview(input(), provider, testConfig({ retries: 2 }))
    expect(result.findings).toHaveLength(1)
    expect(result.warnings).toEqual([])
    expect(result.stats).toMatchObject({ calls: 2, failedCalls: 1 })
  })

  it('does not retry a request the server rejected as wrong', async ({ expect }) => {
    const provider = fakeProvider(() => {
      throw new AiProviderError('http', 'HTTP 401', 401)
    })
    const result = await runAiReview(input(), provider, testConfig({ retries: 3 }))
    expect(result.stats.calls).toBe(1)
    expect(result.warnings).toEqual(['AI reviewer unavailable (HTTP 401); rule findings only'])
  })

  it('times out a call that never answers and aborts it', async ({ expect }) => {
    let signal: AbortSignal | undefined
    const provider = fakeProvider((_m, opts) => {
      signal = opts.signal
      return never()
    })
    const started = Date.now()
    const result = await runAiReview(input(), provider, testConfig({ callTimeoutMs: 50, timeBudgetMs: 10_000 }))
    expect(Date.now() - started).toBeLessThan(2000)
    expect(result.findings).toEqual([])
    expect(result.warnings).toEqual(['AI reviewer unavailable (timed out after 0.05 s); rule findings only'])
    expect(signal?.aborted).toBe(true)
    expect(result.stats).toMatchObject({ calls: 1, failedCalls: 1, skippedChunks: 0 })
  })

  it('stops at the time budget with partial results', async ({ expect }) => {
    let clock = 0
    const provider = fakeProvider((messages) => {
      clock += 25_000
      return aiReply([aiFinding({ path: pathsIn(messages)[0], line: 1, title: `In ${pathsIn(messages)[0]}` })], `Part ${pathsIn(messages)[0]}.`)
    })
    const config = testConfig({ chunkTokens: 500, concurrency: 1, timeBudgetMs: 60_000 })
    const result = await runAiReview(input({ files: manyFiles(5), ruleFindings: [] }), provider, config, { now: () => clock })
    expect(provider.calls).toHaveLength(3)
    expect(result.findings.map((f) => f.filePath)).toEqual(['src/f0.ts', 'src/f1.ts', 'src/f2.ts'])
    expect(result.warnings).toEqual(['AI reviewer stopped at its 60 s time budget after 3 of 5 chunks'])
    expect(result.stats).toMatchObject({ chunks: 5, calls: 3, skippedChunks: 2, durationMs: 75_000 })
    expect(result.description).toBe('Part src/f0.ts. Part src/f1.ts. Part src/f2.ts.')
  })

  it('cuts calls still running when the real-time budget runs out', async ({ expect }) => {
    const provider = fakeProvider(() => never())
    const started = Date.now()
    const config = testConfig({ chunkTokens: 500, concurrency: 2, timeBudgetMs: 150, callTimeoutMs: 5_000 })
    const result = await runAiReview(input({ files: manyFiles(3), ruleFindings: [] }), provider, config)
    expect(Date.now() - started).toBeLessThan(2000)
    expect(result.findings).toEqual([])
    expect(result.warnings).toEqual(['AI reviewer stopped at its 0.15 s time budget after 0 of 3 chunks'])
    expect(result.stats).toMatchObject({ chunks: 3, calls: 2, skippedChunks: 3 })
  })

  it('keeps the findings of chunks that worked when others fail', async ({ expect }) => {
    const provider = fakeProvider((messages) => {
      const path = pathsIn(messages)[0]!
      if (path === 'src/f1.ts') throw new AiProviderError('http', 'HTTP 502', 502)
      return aiReply([aiFinding({ path, line: 2 })])
    })
    const result = await runAiReview(input({ files: manyFiles(3), ruleFindings: [] }), provider, testConfig({ chunkTokens: 500 }))
    expect(result.findings.map((f) => f.filePath)).toEqual(['src/f0.ts', 'src/f2.ts'])
    expect(result.warnings).toEqual(['AI reviewer failed on 1 of 3 chunks (HTTP 502); its findings are partial'])
  })

  it('reviews at most AI_MAX_CHUNKS chunks and says so', async ({ expect }) => {
    const provider = fakeProvider(aiReply([]))
    const result = await runAiReview(input({ files: manyFiles(5), ruleFindings: [] }), provider, testConfig({ chunkTokens: 500, maxChunks: 2 }))
    expect(provider.calls.flatMap((c) => pathsIn(c.messages))).toEqual(['src/f0.ts', 'src/f1.ts'])
    expect(result.stats).toMatchObject({ chunks: 2, skippedChunks: 3 })
    expect(result.warnings).toEqual(['AI reviewer covered the first 2 of 5 diff chunks (AI_MAX_CHUNKS=2); the rest of the diff (3 files) had rule findings only'])
  })

  it('runs at most AI_CONCURRENCY calls at once and reports progress', async ({ expect }) => {
    let inFlight = 0
    let peak = 0
    const provider = fakeProvider(async () => {
      peak = Math.max(peak, ++inFlight)
      await sleep(5)
      inFlight--
      return aiReply([])
    })
    const progress: string[] = []
    await runAiReview(input({ files: manyFiles(6), ruleFindings: [] }), provider, testConfig({ chunkTokens: 500, concurrency: 2 }), {
      onChunkDone: (done, total) => {
        progress.push(`${done}/${total}`)
        if (done === 1) throw new Error('progress sink down')
      },
    })
    expect(peak).toBe(2)
    expect(progress).toEqual(['1/6', '2/6', '3/6', '4/6', '5/6', '6/6'])
  })

  it('gives the same result whatever order the replies arrive in', async ({ expect }) => {
    const reply = (messages: ChatMessage[]) => {
      const path = pathsIn(messages)[0]!
      return aiReply([aiFinding({ path, line: 3, severity: 'minor' }), aiFinding({ path, line: 1 })], `About ${path}.`)
    }
    const files = manyFiles(4)
    const inOrder = await runAiReview(input({ files, ruleFindings: [] }), fakeProvider(reply), testConfig({ chunkTokens: 500, concurrency: 1 }))
    const shuffled = await runAiReview(
      input({ files, ruleFindings: [] }),
      fakeProvider(async (messages) => {
        await sleep(pathsIn(messages)[0] === 'src/f0.ts' ? 30 : 1)
        return reply(messages)
      }),
      testConfig({ chunkTokens: 500, concurrency: 4 }),
    )
    expect(shuffled.findings).toEqual(inOrder.findings)
    expect(shuffled.description).toBe(inOrder.description)
    expect(inOrder.findings.map((f) => `${f.severity} ${f.filePath}:${f.line}`)).toEqual([
      'major src/f0.ts:1',
      'major src/f1.ts:1',
      'major src/f2.ts:1',
      'major src/f3.ts:1',
      'minor src/f0.ts:3',
      'minor src/f1.ts:3',
      'minor src/f2.ts:3',
      'minor src/f3.ts:3',
    ])
  })

  it('treats a provider that resolves with something other than text as a failed call', async ({ expect }) => {
    const provider = { name: 'odd', model: 'm', chat: async () => undefined as unknown as string }
    const result = await runAiReview(input(), provider, testConfig())
    expect(result.warnings).toEqual(['AI reviewer unavailable (reply is not text); rule findings only'])
  })
})
