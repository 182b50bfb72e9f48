// corpus: path=server/api/reports/[id]/export.get.ts
import { createReadStream } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'

const REPORTS_DIR = useRuntimeConfig().reportsDir
const FORMATS = { csv: 'text/csv; charset=utf-8', json: 'application/json' } as const

export default defineEventHandler(async (event) => {
  const session = await requireUserSession(event)
  const id = getRouterParam(event, 'id')
  const { format = 'csv', columns, filename } = getQuery(event) as { format?: string; columns?: string; filename?: string }
  const report = await useDrizzle().query.reports.findFirst({
    where: (r, { and, eq }) => and(eq(r.id, Number(id)), eq(r.ownerId, session.user.id)),
  })
  if (!report) throw createError({ statusCode: 404, statusMessage: 'Report not found' })

  if (columns) {
    const rows = await useDrizzle().execute(sql.raw(`SELECT ${columns} FROM report_rows WHERE report_id = ${report.id}`)) // expect: sql-injection
    return rows
  }

  const type = FORMATS[format as keyof typeof FORMATS] ?? FORMATS.csv
  setHeader(event, 'Content-Type', type) // ok: header-injection
  setHeader(event, 'Content-Disposition', `attachment; filename="${filename}"`) // expect: header-injection
  return sendStream(event, createReadStream(join(REPORTS_DIR, `${report.id}.${format}`))) // expect: path-traversal
})
