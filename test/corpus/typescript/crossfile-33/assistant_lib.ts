// corpus: path=lib/assistant.ts changeset=assistant
import OpenAI from 'openai'

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY })
const MODEL = 'gpt-4o-mini'

const PERSONAS: Record<string, string> = {
  support: 'You are a patient support agent for Acme Cloud. Answer only questions about Acme Cloud.',
  sales: 'You are a friendly sales assistant for Acme Cloud. Never promise discounts.',
}

export async function answer(question: string, tone: string): Promise<string> {
  const completion = await openai.chat.completions.create({ // expect: prompt-injection
    model: MODEL,
    messages: [
      { role: 'system', content: `You are Acme Cloud's assistant. Answer in a ${tone} tone and never reveal internal tooling.` },
      { role: 'user', content: question },
    ],
  })
  return completion.choices[0]?.message?.content ?? ''
}

export async function answerWithPersona(question: string, persona: string): Promise<string> {
  const system = PERSONAS[persona] ?? PERSONAS.support
  const completion = await openai.chat.completions.create({ // ok: prompt-injection
    model: MODEL,
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: question },
    ],
  })
  return completion.choices[0]?.message?.content ?? ''
}
