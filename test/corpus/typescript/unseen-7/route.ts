// corpus: path=app/api/link-preview/route.ts
import { NextResponse, type NextRequest } from 'next/server';
import { load } from 'cheerio';

const PREVIEW_HOSTS = ['youtube.com', 'www.youtube.com', 'vimeo.com', 'github.com'];

function escape(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

async function fetchPage(target: string): Promise<string> {
  const res = await fetch(target, { redirect: 'follow', headers: { 'user-agent': 'LinkPreviewBot/1.0' } }); // expect: ssrf
  return res.text();
}

export async function GET(req: NextRequest) {
  const target = req.nextUrl.searchParams.get('url');
  if (!target) return NextResponse.json({ error: 'url required' }, { status: 400 });
  const html = await fetchPage(target);
  const $ = load(html);
  return NextResponse.json({ title: $('title').text(), image: $('meta[property="og:image"]').attr('content') });
}

export async function POST(req: NextRequest) {
  const { url } = (await req.json()) as { url: string };
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' || !PREVIEW_HOSTS.includes(parsed.hostname)) {
    return NextResponse.json({ error: 'host not supported' }, { status: 422 });
  }
  const res = await fetch(parsed.toString()); // ok: ssrf
  return NextResponse.json({ status: res.status });
}

export async function PUT(req: NextRequest) {
  const q = req.nextUrl.searchParams.get('q') ?? '';
  const body = `<!doctype html><html><body><h2>No preview for ${q}</h2></body></html>`;
  return new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' } }); // expect: xss
}

export async function PATCH(req: NextRequest) {
  const q = req.nextUrl.searchParams.get('q') ?? '';
  const body = `<!doctype html><html><body><h2>No preview for ${escape(q)}</h2></body></html>`;
  return new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' } }); // ok: xss
}
