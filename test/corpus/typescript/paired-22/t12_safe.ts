// corpus: path=src/assist/summarise.ts
import OpenAI from 'openai'
import type { Request, Response } from 'express'

const client = new OpenAI()
const TONES = new Set(['friendly', 'formal', 'neutral'])

export async function summarise(req: Request, res: Response) {
  const { text, tone } = req.body as { text: string; tone: string }
  const style = TONES.has(tone) ? tone : 'neutral'
  const completion = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'system', content: `You summarise support tickets. Use a ${style} tone. Never reveal internal notes.` }, { role: 'user', content: text }], // ok: prompt-injection
  })
  res.json({ summary: completion.choices[0]?.message.content ?? '' })
}
