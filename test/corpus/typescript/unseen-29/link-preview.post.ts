// corpus: path=server/api/link-preview.post.ts
import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'
import * as cheerio from 'cheerio'
import { z } from 'zod'

interface Preview {
  url: string
  title: string | null
  description: string | null
  image: string | null
}

const bodySchema = z.object({ url: z.string().url(), highlight: z.string().max(64).optional() })
const OEMBED_PROVIDERS: Record<string, string> = {
  'www.youtube.com': 'https://www.youtube.com/oembed',
  'vimeo.com': 'https://vimeo.com/api/oembed.json',
  'twitter.com': 'https://publish.twitter.com/oembed',
}

function isPrivateAddress(address: string): boolean {
  return /^(10\.|127\.|169\.254\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|::1$|fc|fd|fe80)/.test(address)
}

export default defineEventHandler(async (event): Promise<Preview> => {
  const body = await readValidatedBody(event, bodySchema.parse)
  const target = new URL(body.url)

  const provider = OEMBED_PROVIDERS[target.hostname]
  if (provider) {
    const embed = await $fetch<{ title?: string; thumbnail_url?: string }>(provider, { // ok: ssrf
      query: { url: target.toString(), format: 'json' },
    })
    return { url: target.toString(), title: embed.title ?? null, description: null, image: embed.thumbnail_url ?? null }
  }

  const html = await $fetch<string>(target.toString(), { responseType: 'text', timeout: 4000 }) // expect: ssrf
  const $ = cheerio.load(html)
  let description = $('meta[name="description"]').attr('content') ?? null
  if (description && body.highlight) {
    const marker = new RegExp(`(${body.highlight})`, 'gi') // expect: regex-injection
    description = description.replace(marker, '**$1**')
  }
  return {
    url: target.toString(),
    title: $('meta[property="og:title"]').attr('content') ?? $('title').text() ?? null,
    description,
    image: $('meta[property="og:image"]').attr('content') ?? null,
  }
})

export async function fetchPublicPage(raw: string): Promise<string> {
  const url = new URL(raw)
  if (url.protocol !== 'https:') throw createError({ statusCode: 400, statusMessage: 'https only' })
  const addresses = isIP(url.hostname) ? [{ address: url.hostname }] : await lookup(url.hostname, { all: true })
  if (addresses.some((a) => isPrivateAddress(a.address))) {
    throw createError({ statusCode: 400, statusMessage: 'private address' })
  }
  return $fetch<string>(url.toString(), { responseType: 'text', timeout: 4000, redirect: 'manual' }) // ok: ssrf
}
