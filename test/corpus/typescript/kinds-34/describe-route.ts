// corpus: path=app/api/describe/route.ts
import { NextResponse } from 'next/server'
import { Ollama } from 'ollama'
import OpenAI from 'openai'
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions'

const ollama = new Ollama({ host: process.env.OLLAMA_HOST ?? 'http://127.0.0.1:11434' })
const openai = new OpenAI()

export async function POST(request: Request) {
  const { product, sellerVoice } = (await request.json()) as { product: { name: string; specs: string }; sellerVoice?: string }

  const result = await ollama.generate({ // expect: prompt-injection
    model: 'llama3.1',
    system: `Write a product description of at most 80 words. ${sellerVoice ? `Write it like this: ${sellerVoice}` : ''}`,
    prompt: `Product: ${product.name}\nSpecs: ${product.specs}`,
    stream: false,
  })
  return NextResponse.json({ description: result.response })
}

export async function PUT(request: Request) {
  const body = await request.json()
  const messages: ChatCompletionMessageParam[] = []
  messages.push({ role: 'user', content: `Product: ${body.product.name}\nSpecs: ${body.product.specs}` })
  let system = 'You write product descriptions for an online shop. At most 80 words, no prices, no claims about health.'
  if (body.audience) {
    system += ` The audience is ${body.audience}.`
  }
  messages.unshift({ role: 'system', content: system })
  const completion = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages }) // expect: prompt-injection
  return NextResponse.json({ description: completion.choices[0]?.message?.content ?? '' })
}

export async function PATCH(request: Request) {
  const body = await request.json()
  const completion = await openai.chat.completions.create({ // ok: prompt-injection
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: 'You shorten product descriptions to at most 40 words. Keep the facts; drop the adjectives.' },
      { role: 'user', content: String(body.description ?? '') },
    ],
  })
  return NextResponse.json({ description: completion.choices[0]?.message?.content ?? '' })
}
