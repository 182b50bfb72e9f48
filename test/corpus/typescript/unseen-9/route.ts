// corpus: path=app/api/preview/route.ts
import { NextRequest, NextResponse } from 'next/server';
import { redirect } from 'next/navigation';
import { auth } from '@/lib/auth';
import { db } from '@/lib/db';

export const runtime = 'nodejs';

const ALLOWED_HOSTS = new Set(['cdn.example.com', 'images.example.com']);

export async function GET(req: NextRequest) {
  const session = await auth();
  if (!session) return NextResponse.json({ error: 'unauthorised' }, { status: 401 });

  const target = req.nextUrl.searchParams.get('url');
  if (!target) return NextResponse.json({ error: 'url is required' }, { status: 400 });

  const upstream = await fetch(target, { headers: { 'user-agent': 'link-preview/1.0' } }); // expect: ssrf
  const html = await upstream.text();
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? target;
  return NextResponse.json({ title, status: upstream.status });
}

export async function HEAD(req: NextRequest) {
  const target = new URL(req.nextUrl.searchParams.get('url') ?? '', 'https://cdn.example.com');
  if (!ALLOWED_HOSTS.has(target.hostname)) return new NextResponse(null, { status: 400 });
  const res = await fetch(target, { method: 'HEAD' }); // ok: ssrf
  return new NextResponse(null, { status: res.status });
}

export async function POST(req: NextRequest) {
  const { slug, returnTo } = (await req.json()) as { slug: string; returnTo?: string };
  const post = await db.post.findUnique({ where: { slug } });
  if (!post) return NextResponse.json({ error: 'not found' }, { status: 404 });
  await db.post.update({ where: { slug }, data: { previewedAt: new Date() } });
  if (returnTo) redirect(returnTo); // expect: open-redirect
  return new NextResponse(`<!doctype html><h1>${post.title}</h1><div>${post.bodyHtml}</div>`, {
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
}

export async function PUT(req: NextRequest) {
  const name = req.nextUrl.searchParams.get('name') ?? 'there';
  return new NextResponse(`<p>Hello, ${name}!</p>`, { headers: { 'content-type': 'text/html' } }); // expect: xss
}
