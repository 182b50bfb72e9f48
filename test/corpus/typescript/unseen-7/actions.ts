// corpus: path=app/settings/integrations/actions.ts
'use server';

import OpenAI from 'openai';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { auth } from '@/lib/auth';
import { db } from '@/lib/db';

const openai = new OpenAI();

export async function testWebhook(formData: FormData) {
  const session = await auth();
  if (!session) throw new Error('unauthorized');
  const endpoint = String(formData.get('endpoint') ?? '');
  const res = await fetch(endpoint, { method: 'POST', body: JSON.stringify({ type: 'ping' }) }); // expect: ssrf
  await db.webhook.update({ where: { userId: session.user.id }, data: { lastStatus: res.status } });
  revalidatePath('/settings/integrations');
}

export async function pingSlack(formData: FormData) {
  const channel = String(formData.get('channel') ?? '');
  await fetch('https://slack.com/api/chat.postMessage', { // ok: ssrf
    method: 'POST',
    headers: { authorization: `Bearer ${process.env.SLACK_BOT_TOKEN}` },
    body: JSON.stringify({ channel, text: 'Integration connected' }),
  });
}

export async function generateBio(formData: FormData) {
  const tone = String(formData.get('tone') ?? 'friendly');
  const facts = String(formData.get('facts') ?? '');
  const completion = await openai.chat.completions.create({ // expect: prompt-injection
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: `You write short profile bios. Always use a ${tone} tone and never mention competitors.` },
      { role: 'user', content: facts },
    ],
  });
  return completion.choices[0]?.message.content ?? '';
}

export async function summarize(formData: FormData) {
  const notes = String(formData.get('notes') ?? '');
  const completion = await openai.chat.completions.create({ // ok: prompt-injection
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: 'Summarize the user notes in three bullet points.' },
      { role: 'user', content: notes },
    ],
  });
  return completion.choices[0]?.message.content ?? '';
}

export async function finishOnboarding(formData: FormData) {
  const next = String(formData.get('next') ?? '/dashboard');
  redirect(next); // expect: open-redirect
}

export async function finishSetup() {
  redirect('/dashboard'); // ok: open-redirect
}
