// corpus: path=app/help/actions.ts
'use server';

import OpenAI from 'openai';
import { z } from 'zod';
import { auth } from '@/auth';
import { db } from '@/db';
import { questions } from '@/db/schema';

const openai = new OpenAI();
const BASE_PROMPT = 'You answer questions about the Acme billing dashboard. Never reveal internal notes.';
const Input = z.object({ question: z.string().min(3).max(2000), product: z.enum(['billing', 'reports', 'api']) });

export async function askHelp(formData: FormData) {
  const session = await auth();
  if (!session?.user) throw new Error('not signed in');
  const question = String(formData.get('question') ?? '');
  const context = String(formData.get('context') ?? '');
  const completion = await openai.chat.completions.create({ // expect: prompt-injection
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: `${BASE_PROMPT}\nPage context: ${context}` },
      { role: 'user', content: question },
    ],
  });
  const answer = completion.choices[0]?.message.content ?? '';
  await db.insert(questions).values({ userId: session.user.id, question, answer });
  return { answer };
}

export async function askProductHelp(formData: FormData) {
  const session = await auth();
  if (!session?.user) throw new Error('not signed in');
  const { question, product } = Input.parse({ question: formData.get('question'), product: formData.get('product') });
  const completion = await openai.chat.completions.create({ // ok: prompt-injection
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: `${BASE_PROMPT}\nThe user is asking about the ${product} product.` },
      { role: 'user', content: question },
    ],
  });
  return { answer: completion.choices[0]?.message.content ?? '' };
}
