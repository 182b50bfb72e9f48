// corpus: path=src/routes/link-preview.ts
import { Router, type Request, type Response } from 'express'

const router = Router()
const PREVIEW_HOSTS = new Set(['www.youtube.com', 'github.com', 'docs.example.com'])

interface Preview {
  url: string
  status: number
  title: string | null
}

async function preview(url: string): Promise<Preview> {
  const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5000) }) // ok: ssrf
  const html = res.ok ? await res.text() : ''
  return { url, status: res.status, title: /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? null }
}

function allowed(raw: string): string | null {
  try {
    const url = new URL(raw)
    return url.protocol === 'https:' && PREVIEW_HOSTS.has(url.hostname) ? url.toString() : null
  } catch {
    return null
  }
}

router.post('/link-previews', async (req: Request, res: Response) => {
  const requested: string[] = Array.isArray(req.body.urls) ? req.body.urls.slice(0, 10) : []
  const urls = requested.map((u) => allowed(String(u))).filter((u): u is string => u !== null)
  res.json(await Promise.all(urls.map((u) => preview(u))))
})

export default router
