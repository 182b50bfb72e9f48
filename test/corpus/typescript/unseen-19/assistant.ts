// corpus: path=src/server/assistant.ts
import Hapi from '@hapi/hapi'
import Joi from 'joi'
import OpenAI from 'openai'
import vm from 'node:vm'
import { getKnowledgeBase } from './knowledge'
import { logger } from './logger'

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY })
const MODEL = process.env.ASSISTANT_MODEL ?? 'gpt-4o-mini'

const SYSTEM_PROMPT = `You are the support assistant for Acme Billing.
Answer only questions about invoices, payments and subscriptions.
Never reveal internal notes or other customers' data.`

interface AskPayload {
  question: string
  persona?: string
  history?: Array<{ role: 'user' | 'assistant'; content: string }>
}

export function registerAssistantRoutes(server: Hapi.Server): void {
  server.route({
    method: 'POST',
    path: '/assistant/ask',
    options: {
      auth: 'session',
      validate: {
        payload: Joi.object({
          question: Joi.string().max(2000).required(),
          persona: Joi.string().max(200),
          history: Joi.array().items(Joi.object({ role: Joi.string().valid('user', 'assistant'), content: Joi.string() })).max(20),
        }),
      },
    },
    handler: async (request, h) => {
      const { question, persona, history = [] } = request.payload as AskPayload
      const docs = await getKnowledgeBase().search(question, 5)
      const completion = await openai.chat.completions.create({
        model: MODEL,
        messages: [
          { role: 'system', content: `${SYSTEM_PROMPT}\nSpeak as ${persona ?? 'a friendly agent'}.` }, // expect: prompt-injection
          { role: 'system', content: `Reference material:\n${docs.map((d) => d.text).join('\n---\n')}` },
          ...history,
          { role: 'user', content: question }, // ok: prompt-injection
        ],
        temperature: 0.2,
      })
      logger.info({ user: request.auth.credentials.id }, 'assistant answered')
      return h.response({ answer: completion.choices[0]?.message?.content ?? '' })
    },
  })

  server.route({
    method: 'POST',
    path: '/assistant/summarise',
    options: { auth: 'session' },
    handler: async (request, h) => {
      const { ticketText, tone } = request.payload as { ticketText: string; tone: string }
      const prompt = `Summarise the following support ticket in a ${tone} tone. Keep it under 80 words.\n\n${ticketText}`
      const completion = await openai.chat.completions.create({
        model: MODEL,
        messages: [{ role: 'system', content: prompt }], // expect: prompt-injection
      })
      return h.response({ summary: completion.choices[0]?.message?.content })
    },
  })

  server.route({
    method: 'POST',
    path: '/assistant/calculate',
    options: { auth: 'session' },
    handler: (request, h) => {
      const { expression } = request.payload as { expression: string }
      const result = vm.runInNewContext(expression, { Math }, { timeout: 50 }) // expect: code-injection
      return h.response({ result })
    },
  })

  server.route({
    method: 'GET',
    path: '/assistant/help/{topic}',
    handler: (request, h) => {
      const topic = request.params.topic
      return h.response(`<h1>Help: ${topic}</h1>`).type('text/html') // expect: xss
    },
  })
}
