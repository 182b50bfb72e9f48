// corpus: path=app/api/link-preview/route.ts
import { NextRequest, NextResponse } from 'next/server';
import { cookies } from 'next/headers';

const ALLOWED = ['github.com', 'gitlab.com', 'bitbucket.org'];

export async function GET(request: NextRequest) {
  const target = request.nextUrl.searchParams.get('url');
  if (!target) return NextResponse.json({ error: 'url is required' }, { status: 400 });
  const page = await fetch(target, { redirect: 'follow' }); // expect: ssrf
  const html = await page.text();
  const title = /<title>(.*?)<\/title>/i.exec(html)?.[1] ?? '';
  return NextResponse.json({ title }, {
    headers: {
      'Access-Control-Allow-Origin': request.headers.get('origin') ?? '*', // expect: permissive-cors
      'Access-Control-Allow-Credentials': 'true',
    },
  });
}

export async function POST(request: NextRequest) {
  const { url } = (await request.json()) as { url: string };
  const parsed = new URL(url);
  if (!ALLOWED.includes(parsed.hostname)) {
    return NextResponse.json({ error: 'host not allowed' }, { status: 400 });
  }
  const page = await fetch(parsed.toString()); // ok: ssrf
  return NextResponse.json({ status: page.status }, {
    headers: { 'Access-Control-Allow-Origin': 'https://app.example.com' }, // ok: permissive-cors
  });
}

export async function PUT(request: NextRequest) {
  const body = await request.formData();
  const sessionToken = crypto.randomUUID();
  const cookieStore = await cookies();
  cookieStore.set('session_token', sessionToken, { httpOnly: true, path: '/' }); // expect: insecure-cookie
  cookieStore.set({ name: 'auth', value: sessionToken, httpOnly: true, secure: true, sameSite: 'lax' }); // ok: insecure-cookie
  cookieStore.set('locale', String(body.get('locale') ?? 'en'), { path: '/' }); // ok: insecure-cookie
  const response = NextResponse.json({ ok: true });
  response.cookies.set('refresh_token', sessionToken, { maxAge: 60 * 60 * 24 * 30 }); // expect: insecure-cookie
  return response;
}
