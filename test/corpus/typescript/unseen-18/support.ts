// corpus: path=src/ai/support-agent.ts
import Anthropic from '@anthropic-ai/sdk'
import type { Context } from 'hono'
import { Hono } from 'hono'
import { z } from 'zod'

type Env = { Bindings: { ANTHROPIC_API_KEY: string; KB: KVNamespace } }

const app = new Hono<Env>()
const question = z.object({ question: z.string().min(1).max(4000), locale: z.enum(['en', 'de', 'fr']).default('en') })

const RULES = `You answer questions about Acme Cloud billing. Do not discuss other customers.
If you do not know, say so and offer to open a ticket.`

async function knowledge(c: Context<Env>, topic: string): Promise<string> {
  return (await c.env.KB.get(`kb:${topic}`)) ?? ''
}

app.post('/support/ask', async (c) => {
  const body = question.parse(await c.req.json())
  const client = new Anthropic({ apiKey: c.env.ANTHROPIC_API_KEY })
  const message = await client.messages.create({ // ok: prompt-injection
    model: 'claude-3-5-haiku-latest',
    max_tokens: 800,
    system: `${RULES}\nAnswer in ${body.locale}.\n${await knowledge(c, 'billing')}`,
    messages: [{ role: 'user', content: body.question }],
  })
  return c.json({ answer: message.content })
})

app.post('/support/ask-as', async (c) => {
  const { question: text, instructions } = await c.req.json<{ question: string; instructions: string }>()
  const client = new Anthropic({ apiKey: c.env.ANTHROPIC_API_KEY })
  const message = await client.messages.create({ // expect: prompt-injection
    model: 'claude-3-5-haiku-latest',
    max_tokens: 800,
    system: RULES + '\n' + instructions,
    messages: [{ role: 'user', content: text }],
  })
  return c.json({ answer: message.content })
})

export default app
