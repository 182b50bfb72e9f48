import { createReadStream } from 'node:fs'
import { join } from 'node:path'

const REPORTS_DIR = useRuntimeConfig().reportsDir

export default defineEventHandler(async (event) => {
  const session = await requireUserSession(event)
  const id = getRouterParam(event, 'id')
  const report = await useDrizzle().query.reports.findFirst({
    where: (r, { and, eq }) => and(eq(r.id, Number(id)), eq(r.ownerId, session.user.id)),
  })
  if (!report) throw createError({ statusCode: 404, statusMessage: 'Report not found' })

  setHeader(event, 'Content-Type', 'text/csv; charset=utf-8')
  setHeader(event, 'Content-Disposition', `attachment; filename="report-${report.id}.csv"`)
  return sendStream(event, createReadStream(join(REPORTS_DIR, `${report.id}.csv`)))
})
