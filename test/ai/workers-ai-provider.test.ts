import { describe, it } from 'vitest'
import { createWorkersAiProvider } from '../../src/ai/workers-ai-provider'
import { fakeAi } from './fakes'

const schema = { type: 'object', properties: { summary: { type: 'string' } } }
const messages = [{ role: 'user' as const, content: 'review this' }]

describe('createWorkersAiProvider', () => {
  it('runs the model in JSON mode with the schema, max_tokens and the abort signal', async ({ expect }) => {
    const ai = fakeAi(() => ({ response: '{"summary":"s","findings":[]}' }))
    const provider = createWorkersAiProvider(ai, '@cf/qwen/qwen2.5-coder-32b-instruct')
    const signal = new AbortController().signal
    expect(await provider.chat(messages, { signal, maxTokens: 2048, schema })).toBe('{"summary":"s","findings":[]}')
    expect(ai.calls).toEqual([
      {
        model: '@cf/qwen/qwen2.5-coder-32b-instruct',
        inputs: { messages, max_tokens: 2048, temperature: 0, response_format: { type: 'json_schema', json_schema: schema } },
        options: { signal },
      },
    ])
    expect(provider).toMatchObject({ name: 'workers-ai', model: '@cf/qwen/qwen2.5-coder-32b-instruct' })
  })

  it.for<[string, unknown, string]>([
    ['{ response: string }', { response: '{"findings":[]}' }, '{"findings":[]}'],
    ['{ response: object } (JSON mode already parsed)', { response: { summary: 's', findings: [] } }, '{"summary":"s","findings":[]}'],
    ['OpenAI-like choices', { choices: [{ message: { role: 'assistant', content: '{"x":1}' } }] }, '{"x":1}'],
    ['a bare string', '{"y":2}', '{"y":2}'],
  ])('reads %s', async ([, reply, text], { expect }) => {
    const provider = createWorkersAiProvider(fakeAi(() => reply), 'm')
    expect(await provider.chat(messages, { signal: new AbortController().signal, maxTokens: 1, schema })).toBe(text)
  })

  it.for<[string, unknown]>([
    ['null', null],
    ['no response field', { usage: { total_tokens: 3 } }],
    ['an empty choices list', { choices: [] }],
  ])('rejects %s', async ([, reply], { expect }) => {
    const provider = createWorkersAiProvider(fakeAi(() => reply), 'm')
    await expect(provider.chat(messages, { signal: new AbortController().signal, maxTokens: 1, schema })).rejects.toMatchObject({ kind: 'bad-reply' })
  })

  it('lets binding errors through for the caller to turn into a warning', async ({ expect }) => {
    const provider = createWorkersAiProvider(
      fakeAi(() => {
        throw new Error("JSON Mode couldn't be met")
      }),
      'm',
    )
    await expect(provider.chat(messages, { signal: new AbortController().signal, maxTokens: 1, schema })).rejects.toThrow("JSON Mode couldn't be met")
  })
})
