// corpus: path=server/api/link-preview.post.ts
import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'
import { z } from 'zod'

const bodySchema = z.object({
  url: z.string().url(),
  oembed: z.string().optional(),
})

const OEMBED_PROVIDERS: Record<string, string> = {
  youtube: 'https://www.youtube.com/oembed',
  vimeo: 'https://vimeo.com/api/oembed.json',
  spotify: 'https://open.spotify.com/oembed',
}

function isPrivate(address: string) {
  return /^(10\.|127\.|169\.254\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|0\.|::1$|f[cd][0-9a-f]{2}:|fe80:)/i.test(address)
}

async function assertPublicHost(hostname: string) {
  const addresses = isIP(hostname) ? [{ address: hostname }] : await lookup(hostname, { all: true })
  if (addresses.some((a) => isPrivate(a.address))) {
    throw createError({ statusCode: 400, statusMessage: 'Address not allowed' })
  }
}

export default defineEventHandler(async (event) => {
  const session = await requireUserSession(event)
  const { url, oembed } = await readValidatedBody(event, bodySchema.parse)

  if (oembed) {
    const endpoint = OEMBED_PROVIDERS[oembed]
    if (!endpoint) throw createError({ statusCode: 400, statusMessage: 'Unknown provider' })
    return $fetch(endpoint, { query: { url, format: 'json' } }) // ok: ssrf
  }

  const target = new URL(url)
  if (target.protocol !== 'https:') throw createError({ statusCode: 400, statusMessage: 'https only' })
  await assertPublicHost(target.hostname)
  const html = await $fetch<string>(target.href, { responseType: 'text', timeout: 5000 }) // ok: ssrf

  const title = html.match(/<title[^>]*>([^<]*)<\/title>/i)?.[1]?.trim() ?? target.hostname
  const image = html.match(/<meta[^>]+property="og:image"[^>]+content="([^"]+)"/i)?.[1]
  const storage = useStorage('cache')
  await storage.setItem(`preview:${session.user.id}:${target.href}`, { title, image })

  const { favicon } = getQuery(event)
  const icon = favicon ? await $fetch.raw(String(favicon), { responseType: 'arrayBuffer' }) : null // expect: ssrf
  return { title, image, icon: icon ? Buffer.from(icon._data as ArrayBuffer).toString('base64') : null }
})
