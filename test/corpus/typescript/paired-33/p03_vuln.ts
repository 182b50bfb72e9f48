// corpus: path=src/support/answer.ts
import { ChatOpenAI } from '@langchain/openai'
import { HumanMessage, SystemMessage } from '@langchain/core/messages'
import type { Request, Response } from 'express'

const model = new ChatOpenAI({ model: 'gpt-4o-mini', temperature: 0 })

export async function answer(req: Request, res: Response) {
  const { company, guidelines, question } = req.body as { company: string; guidelines: string; question: string }
  const reply = await model.invoke([
    new SystemMessage(`You answer customer questions for ${company}. Guidelines: ${guidelines}`), // expect: prompt-injection
    new HumanMessage(question),
  ])
  res.json({ answer: reply.content })
}
