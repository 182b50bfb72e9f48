// corpus: path=src/assistant/routes.ts
import { Hono } from 'hono'
import OpenAI from 'openai'

const app = new Hono()
const openai = new OpenAI()
const RULES = 'You are the Acme billing assistant. Only discuss the customer\'s own invoices. Never issue refunds.'

app.post('/assistant/ask', async (c) => {
  const { question } = await c.req.json<{ question: string }>()
  const completion = await openai.chat.completions.create({ // ok: prompt-injection
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: RULES },
      { role: 'user', content: question },
    ],
  })
  return c.json({ answer: completion.choices[0]?.message.content })
})

app.post('/assistant/custom', async (c) => {
  const { question, instructions } = await c.req.json<{ question: string; instructions: string }>()
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: `${RULES}\n${instructions}` }, // expect: prompt-injection
      { role: 'user', content: question },
    ],
  })
  return c.json({ answer: completion.choices[0]?.message.content })
})

app.post('/assistant/responses', async (c) => {
  const { question, persona } = await c.req.json<{ question: string; persona: string }>()
  const response = await openai.responses.create({ // expect: prompt-injection
    model: 'gpt-4o-mini',
    instructions: `Adopt the persona: ${persona}. ${RULES}`,
    input: question,
  })
  return c.json({ answer: response.output_text })
})

export default app
