// corpus: path=app/api/og/route.tsx
import { ImageResponse } from 'next/og';
import { NextRequest, NextResponse } from 'next/server';

export const runtime = 'edge';

const ASSET_HOST = 'https://assets.acme.dev';
const FONT_URL = new URL('../../../public/fonts/Inter-Bold.ttf', import.meta.url);

async function loadFont(): Promise<ArrayBuffer> {
  const res = await fetch(FONT_URL); // ok: ssrf
  return res.arrayBuffer();
}

async function loadImage(src: string): Promise<string> {
  const res = await fetch(src, { headers: { accept: 'image/*' } }); // expect: ssrf
  if (!res.ok) throw new Error(`image ${res.status}`);
  const buf = Buffer.from(await res.arrayBuffer());
  return `data:${res.headers.get('content-type') ?? 'image/png'};base64,${buf.toString('base64')}`;
}

async function loadAsset(name: string): Promise<Response> {
  return fetch(new URL(`/og/${encodeURIComponent(name)}.png`, ASSET_HOST)); // ok: ssrf
}

export async function GET(req: NextRequest) {
  const { searchParams } = req.nextUrl;
  const title = (searchParams.get('title') ?? 'Acme').slice(0, 120);
  const avatar = searchParams.get('avatar');
  const font = await loadFont();
  const image = avatar ? await loadImage(avatar) : null;
  return new ImageResponse(
    (
      <div style={{ display: 'flex', width: '100%', height: '100%', background: '#0b1020', color: 'white' }}>
        {image && <img src={image} width={128} height={128} style={{ borderRadius: 64 }} />}
        <h1 style={{ fontSize: 64 }}>{title}</h1>
      </div>
    ),
    { width: 1200, height: 630, fonts: [{ name: 'Inter', data: font, weight: 700 }] },
  );
}

export async function HEAD(req: NextRequest) {
  const theme = req.nextUrl.searchParams.get('theme') === 'dark' ? 'dark' : 'light';
  const res = await loadAsset(`background-${theme}`);
  return new NextResponse(null, { status: res.status, headers: { 'content-type': 'image/png' } });
}

export async function POST(req: NextRequest) {
  const { path } = (await req.json()) as { path: string };
  const upstream = await fetch(new URL(path, process.env.RENDER_ORIGIN)); // expect: ssrf
  return new NextResponse(upstream.body, { status: upstream.status });
}
