// corpus: path=netlify/functions/unfurl.ts
import type { Handler } from '@netlify/functions'

const ALLOWED = new Set(['www.youtube.com', 'vimeo.com', 'twitter.com'])

export const handler: Handler = async (event) => {
  const target = event.queryStringParameters?.url ?? ''
  const res = await fetch(target) // expect: ssrf
  const html = await res.text()
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? ''
  return { statusCode: 200, body: JSON.stringify({ title }) }
}

export const embed: Handler = async (event) => {
  const raw = event.queryStringParameters?.url ?? ''
  let parsed: URL
  try {
    parsed = new URL(raw)
  } catch {
    return { statusCode: 400, body: 'bad url' }
  }
  if (parsed.protocol !== 'https:' || !ALLOWED.has(parsed.hostname)) return { statusCode: 400, body: 'not allowed' }
  const res = await fetch(`https://noembed.com/embed?url=${encodeURIComponent(parsed.href)}`) // ok: ssrf
  return { statusCode: 200, body: await res.text() }
}

export const go: Handler = async (event) => {
  const to = event.queryStringParameters?.to ?? '/'
  return { statusCode: 302, headers: { Location: to }, body: '' } // expect: open-redirect
}
