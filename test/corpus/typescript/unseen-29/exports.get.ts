// corpus: path=server/api/exports/download.get.ts
import { createReadStream, existsSync } from 'node:fs'
import { join, normalize, resolve, sep } from 'node:path'
import { consola } from 'consola'
import { requireUserSession } from '../../utils/session'

const EXPORT_DIR = resolve(process.env.NUXT_EXPORT_DIR ?? './.data/exports')
const log = consola.withTag('exports')

export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event)
  const { file, name, format } = getQuery(event) as { file?: string; name?: string; format?: string }
  if (!file) throw createError({ statusCode: 400, statusMessage: 'file is required' })

  log.info(`export download requested by ${user.email}: ${file}`) // expect: log-injection
  const target = join(EXPORT_DIR, user.orgId, file)
  if (!existsSync(target)) {
    throw createError({ statusCode: 404, statusMessage: 'export not found' })
  }

  const label = name ?? `export-${Date.now()}.${format ?? 'csv'}`
  setResponseHeader(event, 'Content-Type', format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv')
  setResponseHeader(event, 'Content-Disposition', `attachment; filename="${label}"`) // expect: header-injection
  return sendStream(event, createReadStream(target)) // expect: path-traversal
})

export async function resolveExportPath(orgId: string, requested: string): Promise<string> {
  const orgRoot = join(EXPORT_DIR, orgId)
  const candidate = resolve(orgRoot, normalize(requested))
  if (!candidate.startsWith(orgRoot + sep)) {
    throw createError({ statusCode: 400, statusMessage: 'invalid export path' })
  }
  return candidate
}
