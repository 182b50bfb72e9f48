// corpus: path=server/main.ts
import { serveDir } from 'jsr:@std/http/file-server'
import { join, normalize, basename } from 'jsr:@std/path'

const DATA_DIR = Deno.env.get('DATA_DIR') ?? './data'
const ADMIN_TOKEN = Deno.env.get('ADMIN_TOKEN') ?? 'dev-admin-token-7f3a9c2e41b8d6f0' // expect: hardcoded-secret
const KV = await Deno.openKv()

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url)

  if (url.pathname.startsWith('/static/')) {
    return serveDir(req, { fsRoot: './public', urlRoot: 'static' }) // ok: path-traversal
  }

  if (url.pathname === '/notes' && req.method === 'GET') {
    const name = url.searchParams.get('name') ?? 'index'
    const text = await Deno.readTextFile(join(DATA_DIR, `${name}.md`)) // expect: path-traversal
    return new Response(text, { headers: { 'content-type': 'text/markdown' } })
  }

  if (url.pathname === '/notes/raw' && req.method === 'GET') {
    const name = basename(normalize(url.searchParams.get('name') ?? 'index'))
    const text = await Deno.readTextFile(join(DATA_DIR, `${name}.md`)) // ok: path-traversal
    return new Response(text, { headers: { 'content-type': 'text/plain' } })
  }

  if (url.pathname === '/render' && req.method === 'POST') {
    const { file, theme } = await req.json()
    const cmd = new Deno.Command('sh', { args: ['-c', `pandoc ${file} --css ${theme}.css -o out.html`] }) // expect: command-injection
    const { success } = await cmd.output()
    return json({ success })
  }

  if (url.pathname === '/lint' && req.method === 'POST') {
    const { file } = await req.json()
    const cmd = new Deno.Command('markdownlint', { args: ['--', join(DATA_DIR, basename(file))] }) // ok: command-injection
    const { code, stdout } = await cmd.output()
    return json({ code, output: new TextDecoder().decode(stdout) })
  }

  if (url.pathname === '/admin/flush' && req.method === 'POST') {
    if (req.headers.get('authorization') !== `Bearer ${ADMIN_TOKEN}`) return json({ error: 'unauthorized' }, 401) // expect: timing-unsafe-comparison
    for await (const entry of KV.list({ prefix: ['cache'] })) await KV.delete(entry.key)
    return json({ flushed: true })
  }

  if (url.pathname === '/proxy' && req.method === 'GET') {
    const target = url.searchParams.get('u')
    if (!target) return json({ error: 'missing u' }, 400)
    return fetch(target) // expect: ssrf
  }

  return json({ error: 'not found' }, 404)
}

Deno.serve({ port: Number(Deno.env.get('PORT') ?? 8000) }, handle)
