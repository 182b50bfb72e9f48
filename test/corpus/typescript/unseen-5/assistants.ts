// corpus: path=src/ai/assistants.ts
import OpenAI from 'openai';
import { Mistral } from '@mistralai/mistralai';
import ollama from 'ollama';
import type { Request, Response } from 'express';

const openai = new OpenAI();
const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });
const TONES = new Set(['friendly', 'formal', 'terse']);

export async function createWorkspaceAssistant(req: Request, res: Response) {
  const assistant = await openai.beta.assistants.create({ // expect: prompt-injection
    model: 'gpt-4o',
    name: req.body.name,
    instructions: `You help the ${req.body.team} team. ${req.body.extraInstructions}`,
  });
  res.status(201).json({ id: assistant.id });
}

export async function createFixedAssistant(req: Request, res: Response) {
  const assistant = await openai.beta.assistants.create({ // ok: prompt-injection
    model: 'gpt-4o',
    name: req.body.name,
    instructions: 'You answer billing questions using the attached files only.',
  });
  res.status(201).json({ id: assistant.id });
}

export async function askMistral(req: Request, res: Response) {
  const tone = TONES.has(req.body.tone) ? req.body.tone : 'friendly';
  const reply = await mistral.chat.complete({ // ok: prompt-injection
    model: 'mistral-small-latest',
    messages: [
      { role: 'system', content: `Answer in a ${tone} tone.` },
      { role: 'user', content: req.body.question },
    ],
  });
  res.json({ answer: reply.choices?.[0]?.message?.content });
}

export async function askLocal(req: Request, res: Response) {
  const { persona, question } = req.body as { persona: string; question: string };
  const reply = await ollama.chat({ // expect: prompt-injection
    model: 'llama3.1',
    messages: [
      { role: 'system', content: persona },
      { role: 'user', content: question },
    ],
  });
  res.json({ answer: reply.message.content });
}

export async function classify(req: Request, res: Response) {
  const completion = await openai.chat.completions.create({ // ok: prompt-injection
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: 'Label the message as spam or ham. Reply with one word.' },
      { role: 'user', content: `Message:\n"""${req.body.message}"""` },
    ],
  });
  res.json({ label: completion.choices[0]?.message.content });
}
