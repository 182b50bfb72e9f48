// corpus: path=app/api/triage/route.ts
import { NextRequest, NextResponse } from 'next/server';
import OpenAI from 'openai';

const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

const BASE_RULES = `You classify incoming support emails into one of: billing, bug, feature, other.
Reply with a single word.`;

export async function POST(req: NextRequest) {
  const { subject, body, team } = await req.json();
  const systemPrompt = `${BASE_RULES}\nThe receiving team is ${team}; prefer their categories.`;
  const res = await client.chat.completions.create({ // expect: prompt-injection
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: systemPrompt },
      { role: 'user', content: `Subject: ${subject}\n\n${body}` },
    ],
  });
  return NextResponse.json({ label: res.choices[0]?.message.content?.trim() });
}

export async function PUT(req: NextRequest) {
  const { subject, body } = await req.json();
  const res = await client.chat.completions.create({ // ok: prompt-injection
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: BASE_RULES },
      { role: 'user', content: `Subject: ${subject}\n\n${body}` },
    ],
  });
  return NextResponse.json({ label: res.choices[0]?.message.content?.trim() });
}
