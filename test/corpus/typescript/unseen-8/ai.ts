// corpus: path=src/app/api/chat/route.ts
import { openai } from '@ai-sdk/openai';
import { streamText, generateObject } from 'ai';
import { z } from 'zod';
import { PromptTemplate } from '@langchain/core/prompts';
import { ChatOpenAI } from '@langchain/openai';

export const runtime = 'edge';

const model = new ChatOpenAI({ model: 'gpt-4o-mini' });
const TONES = ['formal', 'casual', 'playful'] as const;

export async function POST(req: Request) {
  const { messages, botName, tone } = await req.json();
  const result = streamText({ // expect: prompt-injection
    model: openai('gpt-4o-mini'),
    system: `You are ${botName}, the shopping assistant for Acme. Only discuss Acme products.`,
    messages,
  });
  if (!TONES.includes(tone)) return new Response('bad tone', { status: 400 });
  return result.toDataStreamResponse();
}

export async function PUT(req: Request) {
  const { description } = await req.json();
  const { object } = await generateObject({ // ok: prompt-injection
    model: openai('gpt-4o-mini'),
    system: 'Extract product attributes from the description.',
    prompt: description,
    schema: z.object({ color: z.string(), size: z.string() }),
  });
  return Response.json(object);
}

export async function PATCH(req: Request) {
  const { topic, question } = await req.json();
  const prompt = PromptTemplate.fromTemplate(`You are an expert on ${topic}. Answer the question: {question}`); // expect: prompt-injection
  const chain = prompt.pipe(model);
  const out = await chain.invoke({ question });
  return Response.json({ answer: out.content });
}

export async function DELETE(req: Request) {
  const { question } = await req.json();
  const prompt = PromptTemplate.fromTemplate('You are an expert on Acme products. Answer the question: {question}'); // ok: prompt-injection
  const out = await prompt.pipe(model).invoke({ question });
  return Response.json({ answer: out.content });
}
