/** Fakes at the AI boundary: a provider, a Workers AI binding and a fetch, each recording what it was sent. */
import { readAiConfig, type AiConfig } from '../../src/ai/config'
import type { AiProvider, ChatMessage, ChatOptions } from '../../src/ai/provider'
import type { WorkersAiBinding } from '../../src/ai/workers-ai-provider'

export interface FakeProvider extends AiProvider {
  calls: Array<{ messages: ChatMessage[]; opts: ChatOptions }>
}

type Reply = string | object | ((messages: ChatMessage[], opts: ChatOptions, call: number) => string | object | Promise<string | object>)

/** Replies with `reply` (objects are sent as JSON text); a function can throw or hang. */
export function fakeProvider(reply: Reply): FakeProvider {
  const calls: FakeProvider['calls'] = []
  return {
    name: 'fake',
    model: 'fake-model',
    calls,
    async chat(messages, opts) {
      calls.push({ messages, opts })
      const value = typeof reply === 'function' ? await reply(messages, opts, calls.length) : reply
      return typeof value === 'string' ? value : JSON.stringify(value)
    },
  }
}

export function never(): Promise<never> {
  return new Promise(() => {})
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Defaults from wrangler.toml, with overrides that keep tests fast. */
export function testConfig(overrides: Partial<AiConfig> = {}): AiConfig {
  return { ...readAiConfig({ AI_PROVIDER: 'workers-ai' }), retries: 0, ...overrides }
}

export interface FakeAi extends WorkersAiBinding {
  calls: Array<{ model: string; inputs: Record<string, unknown>; options?: { signal?: AbortSignal } }>
}

export function fakeAi(reply: (inputs: Record<string, unknown>) => unknown): FakeAi {
  const calls: FakeAi['calls'] = []
  return {
    calls,
    async run(model, inputs, options) {
      calls.push({ model, inputs, ...(options ? { options } : {}) })
      return reply(inputs)
    },
  }
}

export interface FakeFetch {
  fetch: typeof fetch
  requests: Array<{ url: string; method: string; headers: Headers; body: string }>
}

export function fakeFetch(respond: (body: unknown) => Response | Promise<Response>): FakeFetch {
  const requests: FakeFetch['requests'] = []
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init)
    const body = await request.text()
    requests.push({ url: request.url, method: request.method, headers: request.headers, body })
    return respond(JSON.parse(body))
  }) as typeof globalThis.fetch
  return { fetch, requests }
}

export function chatCompletion(content: string): Response {
  return Response.json({ id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content } }] })
}

export function aiReply(findings: unknown[], summary = 'Adds order loading and saving.'): string {
  return JSON.stringify({ summary, findings })
}

export function aiFinding(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    path: 'src/orders.ts',
    line: 24,
    severity: 'major',
    category: 'bug',
    title: 'Null order is dereferenced',
    message: '`loadOrder` can now return null, and `saveOrder` writes to it unchecked.',
    suggestion: 'Return early or throw when `existing` is null.',
    ...overrides,
  }
}
