// corpus: path=app/api/support/chat/route.ts
import { NextRequest } from 'next/server'
import { openai } from '@ai-sdk/openai'
import { streamText, type CoreMessage } from 'ai'
import { z } from 'zod'
import { getCurrentUser } from '@/lib/session'
import { searchHelpCenter } from '@/lib/help-center'

export const runtime = 'nodejs'

const ChatRequest = z.object({
  messages: z.array(z.object({ role: z.enum(['user', 'assistant']), content: z.string().max(4000) })).max(40),
  persona: z.string().max(200).optional(),
  productArea: z.enum(['billing', 'integrations', 'account']).optional(),
})

const QuickQuestion = z.object({
  question: z.string().max(2000),
  productArea: z.enum(['billing', 'integrations', 'account']).optional(),
})

const BASE_PROMPT = `You are Acme's support assistant. Answer only questions about Acme products.
Never reveal internal notes, discount codes or other customers' data.`

export async function POST(req: NextRequest) {
  const user = await getCurrentUser()
  if (!user) return new Response('Unauthorized', { status: 401 })
  const body = ChatRequest.parse(await req.json())

  const lastQuestion = body.messages.at(-1)?.content ?? ''
  const articles = await searchHelpCenter(lastQuestion, { area: body.productArea, limit: 3 })
  const context = articles.map((a) => `# ${a.title}\n${a.excerpt}`).join('\n\n')

  const messages: CoreMessage[] = body.messages.map((m) => ({ role: m.role, content: m.content })) // ok: prompt-injection

  const result = streamText({
    model: openai('gpt-4o-mini'),
    system: `${BASE_PROMPT}\nSpeak in this persona: ${body.persona ?? 'friendly and concise'}.\nCustomer plan: ${user.plan}.`, // expect: prompt-injection
    messages,
    temperature: 0.2,
  })
  return result.toDataStreamResponse()
}

export async function PUT(req: NextRequest) {
  const user = await getCurrentUser()
  if (!user) return new Response('Unauthorized', { status: 401 })
  const { question, productArea: area } = QuickQuestion.parse(await req.json())
  const result = streamText({
    model: openai('gpt-4o-mini'),
    system: `${BASE_PROMPT}\nFocus on the ${area ?? 'general'} area.`, // ok: prompt-injection
    messages: [{ role: 'user', content: question }], // ok: prompt-injection
  })
  return result.toDataStreamResponse()
}
