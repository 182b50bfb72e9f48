// corpus: path=server/api/attachments/[id].get.ts
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename, join, resolve, sep } from 'node:path'
import { z } from 'zod'
import { useDrizzle, tables, eq, and } from '../../utils/drizzle'
import { requireUserSession } from '../../utils/session'

const STORAGE_ROOT = resolve(process.env.NUXT_STORAGE_DIR ?? '/var/lib/helpdesk/attachments')
const INLINE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'application/pdf'])

const querySchema = z.object({
  variant: z.enum(['original', 'thumb', 'preview']).default('original'),
  download: z.coerce.boolean().default(false),
})

export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event)
  const id = getRouterParam(event, 'id')
  if (!id) throw createError({ statusCode: 400, statusMessage: 'missing id' })

  const { variant, download } = await getValidatedQuery(event, querySchema.parse)
  const db = useDrizzle()
  const [attachment] = await db
    .select()
    .from(tables.attachments)
    .where(and(eq(tables.attachments.id, id), eq(tables.attachments.orgId, user.orgId)))
    .limit(1)
  if (!attachment) throw createError({ statusCode: 404, statusMessage: 'not found' })

  const filePath = join(STORAGE_ROOT, attachment.orgId, variant, basename(attachment.storedName))
  const info = await stat(filePath).catch(() => null)
  if (!info) throw createError({ statusCode: 410, statusMessage: 'file is gone' })

  setHeader(event, 'Content-Length', info.size)
  setHeader(event, 'Content-Type', INLINE_TYPES.has(attachment.mimeType) ? attachment.mimeType : 'application/octet-stream')
  if (download || !INLINE_TYPES.has(attachment.mimeType)) {
    setHeader(event, 'Content-Disposition', `attachment; filename="${encodeURIComponent(attachment.originalName)}"`) // ok: header-injection
  }
  return sendStream(event, createReadStream(filePath)) // ok: path-traversal
})
