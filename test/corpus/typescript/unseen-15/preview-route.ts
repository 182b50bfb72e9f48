// corpus: path=app/api/link-preview/route.ts
import { NextRequest, NextResponse } from 'next/server';
import { load } from 'cheerio';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';

export const runtime = 'nodejs';

interface Preview {
  title: string | null;
  description: string | null;
  image: string | null;
}

function extract(html: string): Preview {
  const $ = load(html);
  return {
    title: $('meta[property="og:title"]').attr('content') ?? $('title').text() ?? null,
    description: $('meta[name="description"]').attr('content') ?? null,
    image: $('meta[property="og:image"]').attr('content') ?? null,
  };
}

export async function GET(req: NextRequest) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const url = req.nextUrl.searchParams.get('url');
  if (!url) return NextResponse.json({ error: 'url is required' }, { status: 400 });
  const res = await fetch(url, { redirect: 'follow', headers: { 'User-Agent': 'LinkPreviewBot/1.0' } }); // expect: ssrf
  const html = await res.text();
  return NextResponse.json(extract(html));
}

export async function POST(req: NextRequest) {
  const { id } = (await req.json()) as { id: string };
  const res = await fetch(`${process.env.CATALOG_API}/items/${encodeURIComponent(id)}`, { cache: 'no-store' }); // ok: ssrf
  if (!res.ok) return NextResponse.json({ error: 'not found' }, { status: 404 });
  const item = (await res.json()) as { name: string; summary: string };
  return NextResponse.json({ title: item.name, description: item.summary, image: null } satisfies Preview);
}
