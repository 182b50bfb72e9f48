// corpus: path=api/avatar.ts
import type { VercelRequest, VercelResponse } from '@vercel/node'
import { createHmac, timingSafeEqual } from 'node:crypto'
import sharp from 'sharp'
import { sql } from '@vercel/postgres'

const ALLOWED_HOSTS = new Set(['avatars.githubusercontent.com', 'lh3.googleusercontent.com', 'secure.gravatar.com'])
const SIGNING_KEY = process.env.AVATAR_SIGNING_KEY!

function sign(value: string) {
  return createHmac('sha256', SIGNING_KEY).update(value).digest('hex')
}

export default async function handler(req: VercelRequest, res: VercelResponse) {
  const src = String(req.query.src ?? '')
  const size = Math.min(512, Math.max(16, Number(req.query.size) || 128))

  if (req.query.sig) {
    const expected = Buffer.from(sign(`${src}:${size}`))
    const given = Buffer.from(String(req.query.sig))
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) { // ok: timing-unsafe-comparison
      return res.status(403).send('bad signature')
    }
    const upstream = await fetch(src) // ok: ssrf
    const resized = await sharp(Buffer.from(await upstream.arrayBuffer())).resize(size, size).webp().toBuffer()
    res.setHeader('Cache-Control', 'public, max-age=86400, immutable')
    res.setHeader('Content-Type', 'image/webp')
    return res.send(resized)
  }

  let url: URL
  try {
    url = new URL(src)
  } catch {
    return res.status(400).json({ error: 'invalid src' })
  }
  if (!ALLOWED_HOSTS.has(url.hostname) || url.protocol !== 'https:') {
    return res.status(400).json({ error: 'host not allowed' })
  }
  const upstream = await fetch(url) // ok: ssrf
  if (!upstream.ok) return res.status(502).json({ error: `upstream ${upstream.status}` })
  const resized = await sharp(Buffer.from(await upstream.arrayBuffer())).resize(size, size).webp().toBuffer()
  const name = String(req.query.name ?? 'avatar')
  res.setHeader('Content-Disposition', `inline; filename="${name}.webp"`) // expect: header-injection
  res.setHeader('Content-Type', String(req.query.type ?? 'image/webp')) // expect: header-injection
  res.setHeader('Cache-Control', 'public, max-age=86400')
  return res.send(resized)
}

export async function fallback(req: VercelRequest, res: VercelResponse) {
  const { user } = req.query
  const { rows } = await sql`select avatar_url, display_name from profiles where handle = ${String(user)}` // ok: sql-injection
  if (rows.length === 0) {
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    return res.status(404).send(`<p>No profile named ${user}</p>`) // expect: xss
  }
  if (rows[0].avatar_url) return res.redirect(302, rows[0].avatar_url) // ok: open-redirect
  const initials = String(rows[0].display_name).split(/\s+/).map((w) => w[0]).join('').slice(0, 2).toUpperCase()
  res.setHeader('Content-Type', 'image/svg+xml')
  return res.send(`<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128"><text x="50%" y="50%">${encodeURIComponent(initials)}</text></svg>`)
}
