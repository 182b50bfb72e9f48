import { z } from '@hono/zod-openapi'
import { requireChangeset } from '../changesets/access'
import { FileSchema, FileWithDiffSchema, toFileJson, toFileWithDiffJson } from '../contracts/file'
import { ChangesetIdParamSchema } from '../contracts/params'
import { getDb } from '../db/client'
import { findFile, listFiles } from '../db/files-view'
import { zeroBySeverity } from '../db/summary'
import { ApiError } from '../errors'
import type { App } from '../types'
import { apiRoute, jsonContent } from './openapi'

const listFilesRoute = apiRoute('read', {
  method: 'get',
  path: '/api/changesets/{changeset_id}/files',
  tags: ['files'],
  summary: "List a revision's files",
  description: 'Path, language, additions/deletions and open findings by severity for each file (current revision unless `revision` is given).',
  request: {
    params: ChangesetIdParamSchema,
    query: z.object({ revision: z.coerce.number().int().min(1).optional() }),
  },
  responses: { 200: { description: 'Files in submission order', content: jsonContent(z.object({ data: z.array(FileSchema) })) } },
})

const getFileRoute = apiRoute('read', {
  method: 'get',
  path: '/api/changesets/{changeset_id}/files/{file_id}',
  tags: ['files'],
  summary: 'Get one file with its diff (and its full content, if the client sent it)',
  request: { params: ChangesetIdParamSchema.extend({ file_id: z.string().min(1).max(100) }) },
  responses: { 200: { description: 'The file and its diff', content: jsonContent(FileWithDiffSchema) } },
})

export function registerFileRoutes(app: App) {
  app.openapi(listFilesRoute, async (c) => {
    const { changeset_id } = c.req.valid('param')
    const db = getDb(c.env.DB)
    const tenantId = c.get('principal').tenantId
    const changeset = await requireChangeset(db, tenantId, changeset_id)
    const revision = c.req.valid('query').revision ?? changeset.revision
    const { files, openByPath } = await listFiles(db, tenantId, changeset_id, revision)
    return c.json({ data: files.map((f) => toFileJson(f, openByPath.get(f.filePath) ?? zeroBySeverity())) }, 200)
  })

  app.openapi(getFileRoute, async (c) => {
    const { changeset_id, file_id } = c.req.valid('param')
    const db = getDb(c.env.DB)
    const tenantId = c.get('principal').tenantId
    await requireChangeset(db, tenantId, changeset_id)
    const found = await findFile(db, tenantId, changeset_id, file_id)
    if (!found) throw new ApiError('not_found', `File ${file_id} not found`)
    return c.json(toFileWithDiffJson(found.file, found.open), 200)
  })
}
