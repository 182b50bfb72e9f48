// corpus: path=src/api/rewrite.ts
import { GoogleGenerativeAI } from '@google/generative-ai'
import type { Request, Response } from 'express'

const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY ?? '')

interface RewriteBody {
  style: string
  text: string
}

export async function rewrite(req: Request<unknown, unknown, RewriteBody>, res: Response) {
  const { style, text } = req.body
  const model = genAI.getGenerativeModel({
    model: 'gemini-1.5-flash',
    systemInstruction: `Rewrite the user's text in this style: ${style}. Never include links or contact details.`, // expect: prompt-injection
  })
  const result = await model.generateContent(text)
  res.json({ text: result.response.text() })
}
