// corpus: path=app/api/chat/route.ts
import OpenAI from 'openai';
import { generateObject } from 'ai';
import { openai as provider } from '@ai-sdk/openai';
import { z } from 'zod';
import { NextResponse } from 'next/server';

const client = new OpenAI();

export async function POST(req: Request) {
  const body = (await req.json()) as { systemPrompt?: string; messages: { role: 'user' | 'assistant'; content: string }[] };
  const completion = await client.chat.completions.create({ // expect: prompt-injection
    model: 'gpt-4o-mini',
    messages: [{ role: 'system', content: body.systemPrompt ?? 'You are a helpful assistant.' }, ...body.messages],
  });
  return NextResponse.json({ reply: completion.choices[0]?.message.content });
}

export async function PUT(req: Request) {
  const { text, language } = (await req.json()) as { text: string; language: string };
  const { object } = await generateObject({ // expect: prompt-injection
    model: provider('gpt-4o-mini'),
    schema: z.object({ translation: z.string() }),
    system: `Translate the user's text into ${language}. Output only the translation.`,
    prompt: text,
  });
  return NextResponse.json(object);
}

export async function PATCH(req: Request) {
  const { text } = (await req.json()) as { text: string };
  const { object } = await generateObject({ // ok: prompt-injection
    model: provider('gpt-4o-mini'),
    schema: z.object({ sentiment: z.enum(['positive', 'neutral', 'negative']) }),
    system: 'Classify the sentiment of the user text.',
    prompt: text,
  });
  return NextResponse.json(object);
}
