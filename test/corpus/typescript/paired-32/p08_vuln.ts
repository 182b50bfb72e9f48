// corpus: path=src/routes/link-preview.ts
import { Router, type Request, type Response } from 'express'

const router = Router()

interface Preview {
  url: string
  status: number
  title: string | null
}

async function preview(url: string): Promise<Preview> {
  const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5000) }) // expect: ssrf
  const html = res.ok ? await res.text() : ''
  return { url, status: res.status, title: /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? null }
}

router.post('/link-previews', async (req: Request, res: Response) => {
  const urls: string[] = Array.isArray(req.body.urls) ? req.body.urls.slice(0, 10) : []
  res.json(await Promise.all(urls.map((u) => preview(u))))
})

export default router
