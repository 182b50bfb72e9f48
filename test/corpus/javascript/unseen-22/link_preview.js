// corpus: path=pages/api/link-preview.js
import axios from 'axios'
import fetch from 'node-fetch'
import { getSession } from '../../lib/session'

const ALLOWED_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'vimeo.com', 'twitter.com'])
const OEMBED = 'https://noembed.com/embed'

function titleOf(html) {
  const match = /<title>([^<]*)<\/title>/i.exec(html)
  return match ? match[1].trim() : null
}

export default async function handler(req, res) {
  const session = await getSession(req)
  if (!session) return res.status(401).json({ error: 'unauthorized' })

  if (req.method === 'GET' && req.query.mode === 'oembed') {
    const { data } = await axios.get(OEMBED, { params: { url: req.query.url }, timeout: 3000 }) // ok: ssrf
    return res.status(200).json({ title: data.title, thumbnail: data.thumbnail_url })
  }

  if (req.method === 'GET' && req.query.mode === 'embed') {
    let target
    try {
      target = new URL(req.query.url)
    } catch {
      return res.status(400).json({ error: 'bad_request' })
    }
    if (target.protocol !== 'https:' || !ALLOWED_HOSTS.has(target.hostname)) {
      return res.status(422).json({ error: 'validation_failed' })
    }
    const page = await fetch(target.toString(), { redirect: 'error' }) // ok: ssrf
    return res.status(200).json({ title: titleOf(await page.text()) })
  }

  if (req.method === 'GET') {
    const response = await axios.get(req.query.url, { timeout: 5000, maxContentLength: 1 << 20 }) // expect: ssrf
    return res.status(200).json({ title: titleOf(response.data), url: req.query.url })
  }

  return res.status(405).json({ error: 'method_not_allowed' })
}
