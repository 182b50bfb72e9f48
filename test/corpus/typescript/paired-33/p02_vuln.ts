// corpus: path=src/routes/link-previews.ts
import type { Request, Response } from 'express'

interface Preview {
  url: string
  status: number
  title: string | null
}

async function fetchPreview(url: string): Promise<Preview> {
  const res = await fetch(url, { signal: AbortSignal.timeout(4000) }) // expect: ssrf
  const body = await res.text()
  const title = /<title>([^<]*)<\/title>/i.exec(body)?.[1] ?? null
  return { url, status: res.status, title }
}

export async function linkPreviews(req: Request, res: Response) {
  const urls: string[] = Array.isArray(req.body.urls) ? req.body.urls.slice(0, 5) : []
  const previews = await Promise.all(urls.map((u) => fetchPreview(u)))
  res.json({ previews })
}
