// corpus: path=src/routes/link-previews.ts
import type { Request, Response } from 'express'

const PREVIEW_HOSTS = new Set(['github.com', 'www.youtube.com', 'en.wikipedia.org'])

interface Preview {
  url: string
  status: number
  title: string | null
}

function allowed(u: string): boolean {
  try {
    const url = new URL(u)
    return url.protocol === 'https:' && PREVIEW_HOSTS.has(url.hostname)
  } catch {
    return false
  }
}

async function fetchPreview(url: string): Promise<Preview> {
  const res = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(4000) }) // ok: ssrf
  const body = await res.text()
  const title = /<title>([^<]*)<\/title>/i.exec(body)?.[1] ?? null
  return { url, status: res.status, title }
}

export async function linkPreviews(req: Request, res: Response) {
  const urls: string[] = Array.isArray(req.body.urls) ? req.body.urls.filter(allowed).slice(0, 5) : []
  const previews = await Promise.all(urls.map((u) => fetchPreview(u)))
  res.json({ previews })
}
