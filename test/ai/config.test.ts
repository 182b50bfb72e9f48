import { describe, it } from 'vitest'
import { createAiProvider, readAiConfig } from '../../src/ai/config'
import { describeAiProvider } from '../../src/ai/provider-config'
import { chatCompletion, fakeAi, fakeFetch } from './fakes'

const wranglerVars = {
  AI_PROVIDER: '',
  AI_MODEL: '@cf/qwen/qwen2.5-coder-32b-instruct',
  AI_BASE_URL: '',
  AI_MAX_SEVERITY: 'major',
  AI_CHUNK_TOKENS: '6000',
  AI_MAX_CHUNKS: '8',
  AI_CONCURRENCY: '2',
  AI_TIME_BUDGET_MS: '60000',
  AI_CALL_TIMEOUT_MS: '25000',
  AI_RETRIES: '1',
}

describe('readAiConfig', () => {
  it('reads the wrangler.toml defaults', ({ expect }) => {
    expect(readAiConfig(wranglerVars)).toEqual({
      provider: 'off',
      model: '@cf/qwen/qwen2.5-coder-32b-instruct',
      baseUrl: '',
      maxSeverity: 'major',
      chunkTokens: 6000,
      maxChunks: 8,
      concurrency: 2,
      timeBudgetMs: 60_000,
      callTimeoutMs: 25_000,
      retries: 1,
      maxOutputTokens: 2048,
      invalid: [],
    })
    expect(readAiConfig({})).toMatchObject({ provider: 'off', chunkTokens: 6000, invalid: [] })
  })

  it('falls back or clamps malformed numbers and says which', ({ expect }) => {
    const config = readAiConfig({ AI_CHUNK_TOKENS: 'lots', AI_MAX_CHUNKS: '0', AI_CONCURRENCY: '1000', AI_RETRIES: '-3', AI_TIME_BUDGET_MS: '90000' })
    expect(config).toMatchObject({ chunkTokens: 6000, maxChunks: 1, concurrency: 10, retries: 0, timeBudgetMs: 90_000 })
    expect(config.invalid).toEqual(['AI_CHUNK_TOKENS', 'AI_MAX_CHUNKS', 'AI_CONCURRENCY', 'AI_RETRIES'])
  })

  it('never lets the cap be critical', ({ expect }) => {
    expect(readAiConfig({ AI_MAX_SEVERITY: 'critical' })).toMatchObject({ maxSeverity: 'major', invalid: ['AI_MAX_SEVERITY'] })
    expect(readAiConfig({ AI_MAX_SEVERITY: 'Minor' }).maxSeverity).toBe('minor')
    expect(readAiConfig({ AI_MAX_SEVERITY: 'info' }).maxSeverity).toBe('info')
  })

  it('defaults the Workers AI model', ({ expect }) => {
    expect(readAiConfig({ AI_PROVIDER: 'workers-ai', AI_MODEL: '' }).model).toBe('@cf/qwen/qwen2.5-coder-32b-instruct')
    expect(readAiConfig({ AI_PROVIDER: 'openai', AI_MODEL: '' }).model).toBe('')
  })
})

describe('createAiProvider and describeAiProvider', () => {
  it('is off by default', ({ expect }) => {
    expect(createAiProvider(wranglerVars, readAiConfig(wranglerVars))).toBeUndefined()
    expect(describeAiProvider(wranglerVars)).toBe('off')
  })

  it('uses the AI binding for workers-ai', async ({ expect }) => {
    const ai = fakeAi(() => ({ response: '{}' }))
    const env = { ...wranglerVars, AI_PROVIDER: 'workers-ai', AI: ai }
    const provider = createAiProvider(env, readAiConfig(env))
    expect(provider).toMatchObject({ name: 'workers-ai', model: '@cf/qwen/qwen2.5-coder-32b-instruct' })
    await provider!.chat([], { signal: new AbortController().signal, maxTokens: 1, schema: {} })
    expect(ai.calls).toHaveLength(1)
    expect(describeAiProvider(env)).toBe('workers-ai:@cf/qwen/qwen2.5-coder-32b-instruct')
  })

  it('uses the injected fetch for openai and reports model@host only', async ({ expect }) => {
    const fake = fakeFetch(() => chatCompletion('{}'))
    const env = { ...wranglerVars, AI_PROVIDER: 'openai', AI_MODEL: 'gpt-4o-mini', AI_BASE_URL: 'https://api.openai.com/v1?tenant=x', AI_API_KEY: 'sk-abc' }
    const provider = createAiProvider(env, readAiConfig(env), { fetch: fake.fetch })
    await provider!.chat([], { signal: new AbortController().signal, maxTokens: 1, schema: {} })
    expect(fake.requests[0]!.url).toBe('https://api.openai.com/v1/chat/completions?tenant=x')
    expect(describeAiProvider(env)).toBe('openai:gpt-4o-mini@api.openai.com')
  })

  it.for<[string, Record<string, unknown>, string]>([
    ['workers-ai without a binding', { AI_PROVIDER: 'workers-ai' }, 'misconfigured: AI_PROVIDER=workers-ai but no AI binding'],
    ['a binding that is not Workers AI', { AI_PROVIDER: 'workers-ai', AI: {} }, 'misconfigured: AI_PROVIDER=workers-ai but no AI binding'],
    ['openai without a base URL', { AI_PROVIDER: 'openai' }, 'misconfigured: AI_PROVIDER=openai but no AI_BASE_URL'],
    ['a non-http base URL', { AI_PROVIDER: 'openai', AI_BASE_URL: 'file:///etc' }, 'misconfigured: AI_BASE_URL is not an http(s) URL'],
    [
      'credentials in the base URL',
      { AI_PROVIDER: 'openai', AI_BASE_URL: 'https://me:hunter2pw@x.test/v1' },
      'misconfigured: AI_BASE_URL must not contain credentials (use the AI_API_KEY secret)',
    ],
    ['openai without a model', { AI_PROVIDER: 'openai', AI_MODEL: '', AI_BASE_URL: 'https://x.test/v1' }, 'misconfigured: AI_PROVIDER=openai but no AI_MODEL'],
    ['an unknown provider', { AI_PROVIDER: 'anthropic' }, 'misconfigured: AI_PROVIDER=anthropic is not one of workers-ai, openai'],
  ])('reports %s and creates no provider', ([, vars, description], { expect }) => {
    const env = { ...wranglerVars, ...vars }
    expect(describeAiProvider(env)).toBe(description)
    expect(createAiProvider(env, readAiConfig(env))).toBeUndefined()
    expect(describeAiProvider(env)).not.toContain('hunter2pw')
  })
})
