// corpus: path=src/assistant/assistant.service.ts
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import type { Request, Response } from 'express';

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const anthropic = new Anthropic();

interface AskBody {
  question: string;
  persona?: string;
  tone?: 'formal' | 'casual';
}

export async function ask(req: Request<{}, {}, AskBody>, res: Response) {
  const { question, persona } = req.body;
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: `You are ${persona}. Answer questions about our product only.` }, // expect: prompt-injection
      { role: 'user', content: question }, // ok: prompt-injection
    ],
  });
  res.json({ answer: completion.choices[0].message.content });
}

export async function askSafe(req: Request<{}, {}, AskBody>, res: Response) {
  const tone = req.body.tone === 'casual' ? 'casual' : 'formal';
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: `Answer in a ${tone} tone about our product only.` }, // ok: prompt-injection
      { role: 'user', content: req.body.question },
    ],
  });
  res.json({ answer: completion.choices[0].message.content });
}

export async function summarize(req: Request, res: Response) {
  const message = await anthropic.messages.create({
    model: 'claude-3-5-haiku-latest',
    max_tokens: 1024,
    system: `Summarise the ticket. Extra instructions from the agent: ${req.body.instructions}`, // expect: prompt-injection
    messages: [{ role: 'user', content: req.body.ticket }],
  });
  res.json({ summary: message.content });
}

export async function classify(req: Request, res: Response) {
  const result = await openai.responses.create({
    model: 'gpt-4o-mini',
    instructions: 'Classify the support ticket as billing, bug or other. Reply with one word.',
    input: req.body.ticket, // ok: prompt-injection
  });
  res.json({ label: result.output_text });
}

export async function rewrite(req: Request, res: Response) {
  const result = await openai.responses.create({ // expect: prompt-injection
    model: 'gpt-4o-mini',
    instructions: req.body.styleGuide,
    input: req.body.text,
  });
  res.json({ text: result.output_text });
}
