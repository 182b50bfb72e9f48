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
    throw createError({ statusCode: 404, statusMessage: 'Link not found' })
  }

  const headers = getRequestHeaders(event)
  event.waitUntil(
    db.insert(clicks).values({
      linkId: link.id,
      referrer: headers.referer ?? null,
      country: headers['cf-ipcountry'] ?? null,
      at: new Date(),
    }),
  )
  await db.update(links).set({ hits: sql`${links.hits} + 1` }).where(eq(links.id, link.id))

  setResponseHeader(event, 'Cache-Control', 'private, no-store')
  return sendRedirect(event, link.target, 302)
})
