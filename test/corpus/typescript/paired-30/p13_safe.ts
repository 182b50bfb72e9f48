// corpus: path=src/routes/assistant.ts
import Anthropic from '@anthropic-ai/sdk'
import { Hono } from 'hono'

const anthropic = new Anthropic()
export const assistant = new Hono()

const PERSONAS: Record<string, string> = { guide: 'a helpful guide', support: 'a patient support engineer' }

assistant.post('/assistant', async (c) => {
  const { question } = await c.req.json<{ question: string }>()
  const persona = PERSONAS[c.req.header('x-persona') ?? ''] ?? PERSONAS.guide
  const message = await anthropic.messages.create({
    model: 'claude-3-5-haiku-latest',
    max_tokens: 512,
    system: `You are ${persona} for the Example docs. Only answer questions about Example.`, // ok: prompt-injection
    messages: [{ role: 'user', content: question }],
  })
  return c.json({ answer: message.content })
})
