// corpus: path=src/routes/support-bot.ts
import { Hono } from 'hono';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';

const openai = new OpenAI();
const anthropic = new Anthropic();
const SYSTEM_PROMPT = 'You are the support assistant for Acme. Answer only questions about Acme products.';

export const bot = new Hono();

bot.post('/ask', async (c) => {
  const { question, product } = await c.req.json<{ question: string; product: string }>();
  const completion = await openai.chat.completions.create({ // ok: prompt-injection
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: SYSTEM_PROMPT },
      { role: 'user', content: `Product: ${product}\n\n${question}` },
    ],
  });
  return c.json({ answer: completion.choices[0]?.message.content });
});

bot.post('/ask-persona', async (c) => {
  const { question, persona } = await c.req.json<{ question: string; persona: string }>();
  const completion = await openai.chat.completions.create({ // expect: prompt-injection
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: `${SYSTEM_PROMPT} Speak as ${persona}.` },
      { role: 'user', content: question },
    ],
  });
  return c.json({ answer: completion.choices[0]?.message.content });
});

bot.post('/summarise', async (c) => {
  const body = await c.req.json<{ ticket: string; instructions?: string }>();
  const system = 'Summarise the support ticket in three bullet points. ' + (body.instructions ?? '');
  const msg = await anthropic.messages.create({ // expect: prompt-injection
    model: 'claude-sonnet-4-5',
    max_tokens: 512,
    system,
    messages: [{ role: 'user', content: body.ticket }],
  });
  return c.json({ summary: msg.content });
});

bot.post('/summarise-plain', async (c) => {
  const body = await c.req.json<{ ticket: string }>();
  const msg = await anthropic.messages.create({ // ok: prompt-injection
    model: 'claude-sonnet-4-5',
    max_tokens: 512,
    system: 'Summarise the support ticket in three bullet points.',
    messages: [{ role: 'user', content: body.ticket }],
  });
  return c.json({ summary: msg.content });
});
