// corpus: path=src/support/answer.ts
import { ChatOpenAI } from '@langchain/openai'
import { HumanMessage, SystemMessage } from '@langchain/core/messages'
import type { Request, Response } from 'express'

const model = new ChatOpenAI({ model: 'gpt-4o-mini', temperature: 0 })

const GUIDELINES = 'Answer from the help centre only. Never share account data. Escalate billing disputes.'

export async function answer(req: Request, res: Response) {
  const { question } = req.body as { question: string }
  const reply = await model.invoke([
    new SystemMessage(`You answer customer questions for Acme Cloud. Guidelines: ${GUIDELINES}`), // ok: prompt-injection
    new HumanMessage(question),
  ])
  res.json({ answer: reply.content })
}
