// corpus: path=server/routes/r/[code].get.ts
import { eq, sql } from 'drizzle-orm'
import { links, clicks } from '~/server/database/schema'

export default defineEventHandler(async (event) => {
  const code = getRouterParam(event, 'code')
  if (!code || !/^[A-Za-z0-9_-]{4,16}$/.test(code)) {
    throw createError({ statusCode: 404 })
  }
  const db = useDrizzle()
  const link = await db.query.links.findFirst({ where: eq(links.code, code) })
  if (!link || link.disabled) {
    const { fallback } = getQuery(event)
    if (typeof fallback === 'string' && fallback.length > 0) {
      return sendRedirect(event, fallback, 302) // expect: open-redirect
    }
    throw createError({ statusCode: 404, statusMessage: 'Link not found' })
  }

  const headers = getRequestHeaders(event)
  const { utm_source: source } = getQuery(event)
  event.waitUntil(
    db.insert(clicks).values({
      linkId: link.id,
      referrer: headers.referer ?? null,
      country: headers['cf-ipcountry'] ?? null,
      source: typeof source === 'string' ? source.slice(0, 64) : null,
      at: new Date(),
    }),
  )
  await db.update(links).set({ hits: sql`${links.hits} + 1` }).where(eq(links.id, link.id))
  if (source) {
    await db.run(sql.raw(`update link_sources set hits = hits + 1 where link_id = ${link.id} and source = '${source}'`)) // expect: sql-injection
  }

  setResponseHeader(event, 'Cache-Control', 'private, no-store')
  return sendRedirect(event, link.target, 302)
})
