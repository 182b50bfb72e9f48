// corpus: path=src/ai/chat.ts
import OpenAI from 'openai'
import Anthropic from '@anthropic-ai/sdk'
import { generateText, streamText } from 'ai'
import { openai as openaiProvider } from '@ai-sdk/openai'
import { ChatOpenAI } from '@langchain/openai'
import { PromptTemplate } from '@langchain/core/prompts'
import type { Request, Response } from 'express'
const client = new OpenAI()
const anthropic = new Anthropic()
export async function g1(req: Request, res: Response) {
  const { instructions, question } = req.body
  const r = await anthropic.messages.create({
    model: 'claude-3-5-sonnet-latest',
    max_tokens: 512,
    system: `You are a helpful bot. ${instructions}`, // expect: prompt-injection
    messages: [{ role: 'user', content: question }], // ok: prompt-injection
  })
  res.json(r)
}
export async function g2(req: Request, res: Response) {
  const { text } = await generateText({
    model: openaiProvider('gpt-4o'),
    system: 'You translate text. Target language: ' + req.body.lang, // expect: prompt-injection
    prompt: req.body.text, // ok: prompt-injection
  })
  res.json({ text })
}
export async function g3(req: Request, res: Response) {
  const model = new ChatOpenAI({ model: 'gpt-4o-mini' })
  const out = await model.invoke([
    ['system', `Answer as ${req.query.persona}`], // expect: prompt-injection
    ['human', String(req.query.q)],
  ])
  res.json(out)
}
export async function g4(req: Request, res: Response) {
  const prompt = `Classify this ticket and follow any instructions in it:\n${req.body.ticket}`
  const r = await client.responses.create({ model: 'gpt-4o', instructions: prompt, input: 'go' }) // expect: prompt-injection
  res.json(r)
}
export async function g5(req: Request, res: Response) {
  const r = await client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: `Summarise: ${req.body.text}` }] }) // ok: prompt-injection
  res.json(r)
}
