// corpus: path=main.ts
import { Client } from 'jsr:@db/postgres'
import { join, basename } from 'jsr:@std/path'
import { serveFile } from 'jsr:@std/http/file-server'

const client = new Client(Deno.env.get('DATABASE_URL'))
await client.connect()

const MEDIA_ROOT = Deno.env.get('MEDIA_ROOT') ?? './media'
const WEBHOOK_HOSTS = new Set(['hooks.slack.com', 'discord.com'])

async function handler(req: Request): Promise<Response> {
  const url = new URL(req.url)

  if (url.pathname === '/api/tracks' && req.method === 'GET') {
    const artist = url.searchParams.get('artist') ?? ''
    const result = await client.queryObject(`SELECT id, title, duration FROM tracks WHERE artist = '${artist}'`) // expect: sql-injection
    return Response.json(result.rows)
  }

  if (url.pathname === '/api/tracks/recent' && req.method === 'GET') {
    const artist = url.searchParams.get('artist') ?? ''
    const result = await client.queryObject`SELECT id, title FROM tracks WHERE artist = ${artist} ORDER BY added_at DESC LIMIT 20` // ok: sql-injection
    return Response.json(result.rows)
  }

  if (url.pathname.startsWith('/media/')) {
    const rel = decodeURIComponent(url.pathname.slice('/media/'.length))
    return serveFile(req, join(MEDIA_ROOT, rel)) // expect: path-traversal
  }

  if (url.pathname.startsWith('/covers/')) {
    const name = basename(url.pathname)
    return serveFile(req, join(MEDIA_ROOT, 'covers', name)) // ok: path-traversal
  }

  if (url.pathname === '/api/transcode' && req.method === 'POST') {
    const { trackId, bitrate } = await req.json()
    const src = join(MEDIA_ROOT, `${Number(trackId)}.flac`)
    const cmd = new Deno.Command('ffmpeg', { args: ['-i', src, '-b:a', String(bitrate), '-y', `${src}.mp3`] }) // ok: command-injection
    const { code } = await cmd.output()
    return Response.json({ ok: code === 0 })
  }

  if (url.pathname === '/api/waveform' && req.method === 'POST') {
    const { file, width } = await req.json()
    const cmd = new Deno.Command('sh', { args: ['-c', `audiowaveform -i ${MEDIA_ROOT}/${file} -o /tmp/wave.png -w ${width}`] }) // expect: command-injection
    const { code } = await cmd.output()
    return Response.json({ ok: code === 0 })
  }

  if (url.pathname === '/api/notify' && req.method === 'POST') {
    const { webhook, message } = await req.json()
    await fetch(webhook, { method: 'POST', body: JSON.stringify({ text: message }) }) // expect: ssrf
    return new Response(null, { status: 204 })
  }

  if (url.pathname === '/api/notify/checked' && req.method === 'POST') {
    const { webhook, message } = await req.json()
    const target = new URL(webhook)
    if (target.protocol !== 'https:' || !WEBHOOK_HOSTS.has(target.hostname)) return new Response('host not allowed', { status: 400 })
    await fetch(target, { method: 'POST', body: JSON.stringify({ text: message }) }) // ok: ssrf
    return new Response(null, { status: 204 })
  }

  if (url.pathname === '/search') {
    const q = url.searchParams.get('q') ?? ''
    return new Response(`<h2>Results for ${q}</h2>`, { headers: { 'content-type': 'text/html' } }) // expect: xss
  }

  return new Response('not found', { status: 404 })
}

Deno.serve({ port: 8000 }, async (req) => {
  try {
    return await handler(req)
  } catch (err) {
    console.error(err)
    return new Response(`internal error: ${(err as Error).stack}`, { status: 500 }) // expect: error-exposure
  }
})
