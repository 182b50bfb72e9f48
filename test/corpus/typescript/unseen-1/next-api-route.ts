// corpus: path=app/api/preview/route.ts
import { NextRequest, NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import { randomBytes } from 'node:crypto';

const ASSETS_ORIGIN = 'https://assets.example-shop.com';

export async function GET(request: NextRequest) {
  const target = request.nextUrl.searchParams.get('url');
  if (!target) return NextResponse.json({ error: 'url required' }, { status: 400 });
  const upstream = await fetch(target, { headers: { 'user-agent': 'preview-bot/1.0' } }); // expect: ssrf
  const html = await upstream.text();
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? '';
  return NextResponse.json({ title });
}

export async function PUT(request: NextRequest) {
  const { imagePath } = await request.json();
  const res = await fetch(`${ASSETS_ORIGIN}/images/${encodeURIComponent(imagePath)}`); // ok: ssrf
  return new NextResponse(res.body, { headers: { 'content-type': res.headers.get('content-type') ?? 'image/png' } });
}

export async function POST(request: Request) {
  const form = await request.formData();
  const feed = String(form.get('feedUrl') ?? '');
  const parsed = new URL(feed);
  const response = await fetch(parsed); // expect: ssrf
  return NextResponse.json({ ok: response.ok });
}

export async function DELETE() {
  const store = await cookies();
  const sessionToken = randomBytes(32).toString('hex');
  store.set('session', sessionToken, { httpOnly: false, secure: true, sameSite: 'lax' }); // expect: insecure-cookie
  store.set('session_v2', sessionToken, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' }); // ok: insecure-cookie
  store.set('sidebar', 'collapsed'); // ok: insecure-cookie
  return NextResponse.json({ ok: true });
}

export async function PATCH(request: NextRequest) {
  const token = request.headers.get('x-refresh-token') ?? '';
  const response = NextResponse.json({ ok: true });
  response.cookies.set('refresh_token', token, { path: '/', maxAge: 60 * 60 * 24 * 30 }); // expect: insecure-cookie
  response.cookies.set({ name: 'refresh_token_v2', value: token, httpOnly: true, secure: true, sameSite: 'strict' }); // ok: insecure-cookie
  return response;
}
