// corpus: path=src/worker/ai.ts
import { Hono } from 'hono'

type Bindings = { AI: Ai }
const app = new Hono<{ Bindings: Bindings }>()
const SYSTEM = 'You translate customer messages into English. Output only the translation.'

app.post('/translate', async (c) => {
  const { text } = await c.req.json<{ text: string }>()
  const out = await c.env.AI.run('@cf/meta/llama-3.1-8b-instruct', { // ok: prompt-injection
    messages: [
      { role: 'system', content: SYSTEM },
      { role: 'user', content: text },
    ],
  })
  return c.json(out)
})

app.post('/rewrite', async (c) => {
  const { text, style } = await c.req.json<{ text: string; style: string }>()
  const out = await c.env.AI.run('@cf/meta/llama-3.1-8b-instruct', {
    messages: [
      { role: 'system', content: `Rewrite the user's text in this style: ${style}` }, // expect: prompt-injection
      { role: 'user', content: text },
    ],
  })
  return c.json(out)
})

export default app
