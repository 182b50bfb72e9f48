import { describe, it } from 'vitest'
import { chatCompletionsUrl, createOpenAiProvider } from '../../src/ai/openai-provider'
import { AiProviderError } from '../../src/ai/provider'
import { chatCompletion, fakeFetch } from './fakes'

const KEY = 'sk-test-' + 'SECRETKEYVALUE0123456789'
const opts = () => ({ signal: new AbortController().signal, maxTokens: 512, schema: { type: 'object' } })
const messages = [
  { role: 'system' as const, content: 'sys' },
  { role: 'user' as const, content: 'usr' },
]

describe('createOpenAiProvider', () => {
  it('POSTs a json_object chat completion and returns the message content', async ({ expect }) => {
    const fake = fakeFetch(() => chatCompletion('{"summary":"s","findings":[]}'))
    const provider = createOpenAiProvider({ baseUrl: 'https://api.example.com/v1/', model: 'gpt-x', apiKey: KEY, fetch: fake.fetch })
    expect(provider.name).toBe('openai')
    expect(await provider.chat(messages, opts())).toBe('{"summary":"s","findings":[]}')
    const [request] = fake.requests
    expect(request!.url).toBe('https://api.example.com/v1/chat/completions')
    expect(request!.method).toBe('POST')
    expect(request!.headers.get('content-type')).toBe('application/json')
    expect(JSON.parse(request!.body)).toEqual({
      model: 'gpt-x',
      messages,
      max_tokens: 512,
      temperature: 0,
      response_format: { type: 'json_object' },
    })
  })

  it('sends Authorization only when a key is set', async ({ expect }) => {
    const fake = fakeFetch(() => chatCompletion('{}'))
    await createOpenAiProvider({ baseUrl: 'https://api.example.com/v1', model: 'm', apiKey: KEY, fetch: fake.fetch }).chat(messages, opts())
    await createOpenAiProvider({ baseUrl: 'http://localhost:11434', model: 'm', fetch: fake.fetch }).chat(messages, opts())
    await createOpenAiProvider({ baseUrl: 'http://localhost:8000', model: 'm', apiKey: '', fetch: fake.fetch }).chat(messages, opts())
    expect(fake.requests.map((r) => r.headers.get('authorization'))).toEqual([`Bearer ${KEY}`, null, null])
  })

  it('turns a non-2xx into an error with the status and never the key', async ({ expect }) => {
    const fake = fakeFetch(() => new Response(JSON.stringify({ error: { message: `bad key ${KEY}` } }), { status: 500 }))
    const provider = createOpenAiProvider({ baseUrl: 'https://api.example.com/v1', model: 'm', apiKey: KEY, fetch: fake.fetch })
    const error = await provider.chat(messages, opts()).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AiProviderError)
    expect(error).toMatchObject({ kind: 'http', status: 500, message: 'HTTP 500' })
    expect(JSON.stringify(error) + String(error) + (error as Error).stack).not.toContain(KEY)
    expect(JSON.stringify(error)).not.toContain('SECRETKEY')
  })

  it('hides network errors behind a fixed message (they may quote the URL)', async ({ expect }) => {
    const failing = (async () => {
      throw new TypeError(`connect failed https://user:${KEY}@api.example.com`)
    }) as typeof fetch
    const provider = createOpenAiProvider({ baseUrl: 'https://api.example.com', model: 'm', apiKey: KEY, fetch: failing })
    const error = await provider.chat(messages, opts()).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'network', message: 'network error' })
    expect(String((error as Error).stack)).not.toContain(KEY)
  })

  it.for<[string, Response]>([
    ['no choices', Response.json({ error: 'x' })],
    ['non-string content', Response.json({ choices: [{ message: { content: null } }] })],
    ['a non-JSON body', new Response('<html>gateway</html>', { status: 200 })],
  ])('rejects a 200 with %s', async ([, response], { expect }) => {
    const provider = createOpenAiProvider({ baseUrl: 'https://x.test/v1', model: 'm', fetch: fakeFetch(() => response).fetch })
    await expect(provider.chat(messages, opts())).rejects.toMatchObject({ kind: 'bad-reply' })
  })

  it('joins content parts', async ({ expect }) => {
    const parts = Response.json({ choices: [{ message: { content: [{ type: 'text', text: '{"a":' }, { type: 'text', text: '1}' }] } }] })
    const provider = createOpenAiProvider({ baseUrl: 'https://x.test/v1', model: 'm', fetch: fakeFetch(() => parts).fetch })
    expect(await provider.chat(messages, opts())).toBe('{"a":1}')
  })

  it('passes the abort signal to fetch', async ({ expect }) => {
    let seen: AbortSignal | undefined
    const capture = (async (_: RequestInfo | URL, init?: RequestInit) => {
      seen = init?.signal ?? undefined
      return chatCompletion('{}')
    }) as typeof fetch
    const o = opts()
    await createOpenAiProvider({ baseUrl: 'https://x.test/v1', model: 'm', fetch: capture }).chat(messages, o)
    expect(seen).toBe(o.signal)
  })
})

describe('chatCompletionsUrl', () => {
  it.for<[string, string | undefined]>([
    ['https://api.openai.com/v1', 'https://api.openai.com/v1/chat/completions'],
    ['https://api.openai.com/v1/', 'https://api.openai.com/v1/chat/completions'],
    ['https://api.openai.com', 'https://api.openai.com/v1/chat/completions'],
    ['http://localhost:11434/', 'http://localhost:11434/v1/chat/completions'],
    ['https://api.groq.com/openai/v1', 'https://api.groq.com/openai/v1/chat/completions'],
    ['https://generativelanguage.googleapis.com/v1beta/openai/', 'https://generativelanguage.googleapis.com/v1beta/openai/chat/completions'],
    ['https://x.test/v1/chat/completions', 'https://x.test/v1/chat/completions'],
    ['https://x.test/v1?api-version=2024', 'https://x.test/v1/chat/completions?api-version=2024'],
    ['ftp://x.test', undefined],
    ['not a url', undefined],
  ])('%s → %s', ([base, url], { expect }) => {
    expect(chatCompletionsUrl(base)).toBe(url)
  })
})
