// corpus: path=app/api/support/route.ts
import { NextResponse, type NextRequest } from 'next/server';
import Anthropic from '@anthropic-ai/sdk';
import { z } from 'zod';
import { sql } from '@vercel/postgres';

const anthropic = new Anthropic();
const Ticket = z.object({ subject: z.string().max(200), body: z.string().max(5000), priority: z.enum(['low', 'normal', 'high']), productLine: z.string() });

export async function POST(request: NextRequest) {
  const ticket = Ticket.parse(await request.json());
  const triage = await anthropic.messages.create({ // expect: prompt-injection
    model: 'claude-3-5-sonnet-latest',
    max_tokens: 300,
    system: `You triage tickets for the ${ticket.productLine} product line. Reply with a JSON label.`,
    messages: [{ role: 'user', content: `${ticket.subject}\n\n${ticket.body}` }],
  });
  await sql`INSERT INTO tickets (subject, body, priority) VALUES (${ticket.subject}, ${ticket.body}, ${ticket.priority})`; // ok: sql-injection
  await sql.query(`UPDATE queues SET depth = depth + 1 WHERE priority = '${ticket.priority}'`); // ok: sql-injection
  await sql.query(`UPDATE products SET open_tickets = open_tickets + 1 WHERE line = '${ticket.productLine}'`); // expect: sql-injection
  return NextResponse.json({ triage: triage.content }, { headers: { 'Access-Control-Allow-Origin': '*' } }); // ok: permissive-cors
}

export async function GET(request: NextRequest) {
  const callback = request.nextUrl.searchParams.get('callback') ?? '';
  const statusPage = await fetch('https://status.example.com/api/v2/summary.json'); // ok: ssrf
  const upstream = await fetch(`${callback}?status=${statusPage.status}`); // expect: ssrf
  return NextResponse.json({ ok: upstream.ok });
}
