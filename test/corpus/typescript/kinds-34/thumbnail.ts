// corpus: path=src/thumbnails.ts
import got from 'got'
import sharp from 'sharp'
import type { Request, Response } from 'express'

export async function fetchThumbnail(url: string, width = 320): Promise<Buffer> {
  const original = await got(url, { timeout: { request: 5000 } }).buffer() // expect: ssrf
  return sharp(original).resize({ width, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer()
}

export async function thumbnail(req: Request, res: Response) {
  const src = String(req.query.src ?? '')
  if (!/^https?:\/\//i.test(src)) {
    return res.status(400).json({ error: 'src must be an http(s) URL' })
  }
  const width = Math.min(Number(req.query.w) || 320, 1024)
  try {
    const image = await fetchThumbnail(src, width)
    res.set('Cache-Control', 'public, max-age=86400').type('image/webp').send(image)
  } catch {
    res.status(502).json({ error: 'could not fetch image' })
  }
}

const CDN = 'https://media.example-cdn.net'

export async function ownThumbnail(req: Request, res: Response) {
  const id = String(req.params.id)
  const upstream = await fetch(`${CDN}/images/${encodeURIComponent(id)}/thumb.webp`) // ok: ssrf
  if (!upstream.ok) return res.status(upstream.status).end()
  res.type('image/webp').send(Buffer.from(await upstream.arrayBuffer()))
}

export async function favicon(req: Request, res: Response) {
  let origin: string
  try {
    origin = new URL(String(req.query.site)).origin
  } catch {
    return res.status(400).end()
  }
  const icon = await fetch(`${origin}/favicon.ico`, { redirect: 'follow' }) // expect: ssrf
  if (!icon.ok) return res.status(404).end()
  res.type(icon.headers.get('content-type') ?? 'image/x-icon').send(Buffer.from(await icon.arrayBuffer()))
}
