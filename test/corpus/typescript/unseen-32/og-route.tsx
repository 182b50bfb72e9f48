// corpus: path=app/api/og/route.tsx
import { ImageResponse } from 'next/og'
import type { NextRequest } from 'next/server'

export const runtime = 'edge'

const AVATAR_HOSTS = new Set(['avatars.githubusercontent.com', 'secure.gravatar.com', 'cdn.example.com'])
const THEMES = {
  light: { bg: '#ffffff', fg: '#111827' },
  dark: { bg: '#0b1020', fg: '#e5e7eb' },
} as const

async function loadFont(weight: 400 | 700): Promise<ArrayBuffer> {
  const file = weight === 700 ? 'Inter-Bold.ttf' : 'Inter-Regular.ttf'
  return fetch(new URL(`../../../assets/${file}`, import.meta.url)).then((r) => r.arrayBuffer()) // ok: ssrf, path-traversal
}

async function loadAvatar(raw: string | null): Promise<string | null> {
  if (!raw) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' || !AVATAR_HOSTS.has(url.hostname)) return null
  const res = await fetch(url) // ok: ssrf
  if (!res.ok) return null
  const type = res.headers.get('content-type') ?? 'image/png'
  const bytes = new Uint8Array(await res.arrayBuffer())
  return `data:${type};base64,${btoa(String.fromCharCode(...bytes))}`
}

export async function GET(req: NextRequest) {
  const { searchParams } = req.nextUrl
  const title = (searchParams.get('title') ?? 'Untitled').slice(0, 120)
  const author = searchParams.get('author') ?? ''
  const theme = THEMES[searchParams.get('theme') === 'dark' ? 'dark' : 'light']

  const [regular, bold, avatar] = await Promise.all([loadFont(400), loadFont(700), loadAvatar(searchParams.get('avatar'))])

  return new ImageResponse(
    (
      <div style={{ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', padding: 64, background: theme.bg, color: theme.fg }}>
        <div style={{ fontSize: 64, fontWeight: 700 }}>{title}</div>{/* ok: xss */}
        <div style={{ display: 'flex', alignItems: 'center', marginTop: 'auto', fontSize: 28 }}>
          {avatar ? <img src={avatar} width={56} height={56} style={{ borderRadius: 28, marginRight: 16 }} /> : null}
          <span>{author}</span>
        </div>
      </div>
    ),
    {
      width: 1200,
      height: 630,
      fonts: [
        { name: 'Inter', data: regular, weight: 400 },
        { name: 'Inter', data: bold, weight: 700 },
      ],
    },
  )
}

// Repository cards for the docs site: /api/og?repo=owner/name&badge=https://...
export async function POST(req: NextRequest) {
  const { repo, badge } = (await req.json()) as { repo: string; badge?: string }
  const meta = await fetch(`https://api.github.com/repos/${encodeURIComponent(repo.split('/')[0])}/${encodeURIComponent(repo.split('/')[1] ?? '')}`, { // ok: ssrf
    headers: { accept: 'application/vnd.github+json' },
  }).then((r) => r.json() as Promise<{ full_name: string; stargazers_count: number; description: string | null }>)

  const badgeSvg = badge ? await fetch(badge).then((r) => r.text()) : '' // expect: ssrf

  return new ImageResponse(
    (
      <div style={{ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', padding: 56, background: '#fff' }}>
        <div style={{ fontSize: 56, fontWeight: 700 }}>{meta.full_name}</div>
        <div style={{ fontSize: 28, color: '#4b5563' }}>{meta.description ?? ''}</div>
        <div style={{ fontSize: 28, marginTop: 'auto' }}>★ {meta.stargazers_count}</div>
        {badgeSvg ? <img src={`data:image/svg+xml;utf8,${encodeURIComponent(badgeSvg)}`} height={40} /> : null}
      </div>
    ),
    { width: 1200, height: 630 },
  )
}
