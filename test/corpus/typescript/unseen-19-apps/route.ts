// corpus: path=app/api/preview/route.ts
import { NextRequest, NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import Handlebars from 'handlebars';
import { prisma } from '@/lib/prisma';
import { getSession } from '@/lib/session';

export const runtime = 'nodejs';

const SAFE_LAYOUT = Handlebars.compile('<article><h1>{{title}}</h1>{{body}}</article>');

export async function POST(req: NextRequest) {
  const session = await getSession();
  if (!session) return NextResponse.json({ error: 'unauthorised' }, { status: 401 });
  const { template, data } = await req.json();
  const render = Handlebars.compile(template);  // expect: template-injection
  return new NextResponse(render(data), { headers: { 'content-type': 'text/html' } });
}

export async function GET(req: NextRequest) {
  const title = req.nextUrl.searchParams.get('title') ?? 'Untitled';
  const html = SAFE_LAYOUT({ title, body: 'Preview' });  // ok: template-injection
  return new NextResponse(html, { headers: { 'content-type': 'text/html' } });
}

export async function PUT(req: NextRequest) {
  const session = await getSession();
  if (!session) return NextResponse.json({ error: 'unauthorised' }, { status: 401 });
  const tag = req.nextUrl.searchParams.get('tag') ?? '';
  const posts = await prisma.$queryRawUnsafe(`SELECT id, title FROM "Post" WHERE tags @> ARRAY['${tag}']`);  // expect: sql-injection
  const count = await prisma.$queryRaw`SELECT count(*) FROM "Post" WHERE ${tag} = ANY(tags)`;  // ok: sql-injection
  return NextResponse.json({ posts, count });
}

export async function DELETE(req: NextRequest) {
  const theme = req.nextUrl.searchParams.get('theme') ?? 'light';
  cookies().set('theme', theme, { path: '/', maxAge: 60 * 60 * 24 * 365 });  // ok: insecure-cookie
  cookies().set('session_id', crypto.randomUUID(), { httpOnly: false, path: '/' });  // expect: insecure-cookie
  return NextResponse.redirect(new URL(req.nextUrl.searchParams.get('back') ?? '/', req.url));  // expect: open-redirect
}
