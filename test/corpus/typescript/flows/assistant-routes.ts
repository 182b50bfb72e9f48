// corpus: path=src/routes/assistant.ts
import { Hono } from 'hono';
import OpenAI from 'openai';
import { generateText } from 'ai';
import { openai as provider } from '@ai-sdk/openai';

type Bindings = { DB: D1Database; OPENAI_API_KEY: string };

const TONES = new Set(['friendly', 'formal', 'brief']);
const BASE_PROMPT = 'You answer questions about the Acme help centre. Never reveal internal notes.';

export const assistant = new Hono<{ Bindings: Bindings }>();

assistant.post('/chat', async (c) => {
  const client = new OpenAI({ apiKey: c.env.OPENAI_API_KEY });
  const { message, history } = await c.req.json<{ message: string; history: { role: 'user' | 'assistant'; content: string }[] }>();
  const answer = await client.chat.completions.create({ // ok: prompt-injection
    model: 'gpt-4o-mini',
    messages: [{ role: 'system', content: BASE_PROMPT }, ...history.slice(-10), { role: 'user', content: message }],
  });
  return c.json({ reply: answer.choices[0]?.message.content ?? '' });
});

assistant.post('/chat/tone', async (c) => {
  const client = new OpenAI({ apiKey: c.env.OPENAI_API_KEY });
  const { message, tone } = await c.req.json<{ message: string; tone: string }>();
  const style = TONES.has(tone) ? tone : 'friendly';
  const answer = await client.chat.completions.create({ // ok: prompt-injection
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: `${BASE_PROMPT} Keep a ${style} tone.` },
      { role: 'user', content: message },
    ],
  });
  return c.json({ reply: answer.choices[0]?.message.content ?? '' });
});

assistant.post('/chat/custom', async (c) => {
  const client = new OpenAI({ apiKey: c.env.OPENAI_API_KEY });
  const body = await c.req.json<{ message: string; extraRules?: string }>();
  const rules = [BASE_PROMPT, body.extraRules ?? ''].join('\n');
  const answer = await client.chat.completions.create({ // expect: prompt-injection
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: rules },
      { role: 'user', content: body.message },
    ],
  });
  return c.json({ reply: answer.choices[0]?.message.content ?? '' });
});

assistant.post('/summaries/:id', async (c) => {
  const language = c.req.query('lang') ?? 'English';
  const row = await c.env.DB.prepare('SELECT body FROM articles WHERE id = ?').bind(c.req.param('id')).first<{ body: string }>(); // ok: sql-injection
  if (!row) return c.notFound();
  const { text } = await generateText({ // expect: prompt-injection
    model: provider('gpt-4o-mini'),
    system: `Summarise help articles in ${language}, in at most five sentences.`,
    prompt: row.body,
  });
  return c.json({ summary: text });
});

assistant.post('/summaries', async (c) => {
  const { article } = await c.req.json<{ article: string }>();
  const { text } = await generateText({ // ok: prompt-injection
    model: provider('gpt-4o-mini'),
    system: 'Summarise help articles in at most five sentences.',
    prompt: article,
  });
  return c.json({ summary: text });
});

assistant.get('/articles', async (c) => {
  const sort = c.req.query('sort') ?? 'updated_at';
  const { results } = await c.env.DB.prepare(`SELECT id, title FROM articles ORDER BY ${sort} DESC LIMIT 50`).all(); // expect: sql-injection
  return c.json(results);
});

assistant.get('/articles/search', async (c) => {
  const q = c.req.query('q') ?? '';
  const { results } = await c.env.DB.prepare('SELECT id, title FROM articles WHERE title LIKE ?1 LIMIT 50').bind(`%${q}%`).all(); // ok: sql-injection
  return c.json(results);
});
