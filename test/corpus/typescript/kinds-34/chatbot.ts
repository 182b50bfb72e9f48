// corpus: path=src/chat.ts
import { Hono } from 'hono'
import { Mistral } from '@mistralai/mistralai'

const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY ?? '' })

const PRICE_LIST = `Lakeview cabin: 140 EUR/night. Pine cabin: 110 EUR/night. Pets: 15 EUR/stay.`

type Turn = { role: 'user' | 'assistant'; content: string }

type ChatBody = {
  message: string
  botName?: string
  tone?: string
  history?: Turn[]
}

const TONES: Record<string, string> = {
  friendly: 'Keep a warm, friendly tone.',
  formal: 'Keep a formal, concise tone.',
  playful: 'Keep a light, playful tone, but stay accurate.',
}

const app = new Hono()

app.post('/api/chat', async (c) => {
  const { message, botName = 'Sunny', tone = 'friendly', history = [] } = await c.req.json<ChatBody>()

  const systemPrompt = [
    `You are ${botName}, the booking assistant for Lakeside Cabins.`,
    `Use a ${tone} tone.`,
    'Only answer questions about bookings, check-in and the cabins. Never quote prices not listed below.',
    PRICE_LIST,
  ].join('\n')

  const res = await mistral.chat.complete({ // expect: prompt-injection
    model: 'mistral-small-latest',
    messages: [{ role: 'system', content: systemPrompt }, ...history, { role: 'user', content: message }],
  })
  return c.json({ reply: res.choices?.[0]?.message?.content ?? '' })
})

app.post('/api/chat/v2', async (c) => {
  const { message, tone, history = [] } = await c.req.json<ChatBody>()
  const style = TONES[tone ?? ''] ?? TONES.friendly

  const res = await mistral.chat.complete({ // ok: prompt-injection
    model: 'mistral-small-latest',
    messages: [
      { role: 'system', content: `You are Sunny, the booking assistant for Lakeside Cabins. ${style}\n${PRICE_LIST}` },
      ...history.filter((t) => t.role === 'user' || t.role === 'assistant'),
      { role: 'user', content: message },
    ],
  })
  return c.json({ reply: res.choices?.[0]?.message?.content ?? '' })
})

export default app
