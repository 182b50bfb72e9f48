// corpus: path=src/assist/summarise.ts
import OpenAI from 'openai'
import type { Request, Response } from 'express'

const client = new OpenAI()

export async function summarise(req: Request, res: Response) {
  const { text, tone } = req.body as { text: string; tone: string }
  const completion = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'system', content: `You summarise support tickets. Use a ${tone} tone. Never reveal internal notes.` }, { role: 'user', content: text }], // expect: prompt-injection
  })
  res.json({ summary: completion.choices[0]?.message.content ?? '' })
}
