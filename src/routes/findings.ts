import { z } from '@hono/zod-openapi'
import { requireChangeset } from '../changesets/access'
import { publishFindingCounts } from '../do/notify'
import { FindingSchema, toFindingJson, TriageSchema } from '../contracts/finding'
import { ChangesetIdParamSchema, FindingIdParamSchema, PageQuerySchema } from '../contracts/params'
import { CategorySchema, SeveritySchema } from '../contracts/severity'
import { FindingStatusSchema } from '../contracts/status'
import { getDb, nowIso } from '../db/client'
import { findFinding, isFindingCursor, listFindings, setFindingStatus } from '../db/findings'
import type { FindingStatus } from '../db/schema'
import { ApiError, findingNotFound, jsonErrorResponse } from '../errors'
import { SEVERITY_RANK } from '../review/types'
import type { App } from '../types'
import { apiRoute, jsonContent } from './openapi'
import { readPage } from './pagination'

const FindingFiltersSchema = z.object({
  severity: SeveritySchema.optional().openapi({ description: 'Minimum severity: `major` returns critical and major.' }),
  category: CategorySchema.optional(),
  status: FindingStatusSchema.optional(),
  file_path: z.string().max(4096).optional(),
  rule_id: z.string().max(200).optional(),
})

const listFindingsRoute = apiRoute('read', {
  method: 'get',
  path: '/api/changesets/{changeset_id}/findings',
  tags: ['findings'],
  summary: 'List findings',
  description: 'Stable order: severity (most severe first), file, line. Cursor-paginated.',
  request: {
    params: ChangesetIdParamSchema,
    query: FindingFiltersSchema.extend(PageQuerySchema),
  },
  responses: {
    200: {
      description: 'A page of findings',
      content: jsonContent(z.object({ data: z.array(FindingSchema), next_cursor: z.string().nullable() }).openapi('FindingPage')),
    },
  },
})

const triageRoute = apiRoute('write', {
  method: 'patch',
  path: '/api/changesets/{changeset_id}/findings/{finding_id}',
  tags: ['findings'],
  summary: 'Triage a finding: dismiss, resolve or reopen',
  description:
    'Records who, when and why; the summary and verdict update and watchers get a `findings` event. ' +
    'Setting the status a finding already has is a no-op (200, no history entry, reason unchanged). ' +
    'A triage applies only if the status did not change while it ran (or equals `expected_status`); otherwise 409.',
  request: { params: FindingIdParamSchema, body: { content: jsonContent(TriageSchema), required: true } },
  responses: {
    200: { description: 'The updated finding', content: jsonContent(FindingSchema) },
    409: jsonErrorResponse('Another triage changed the finding first, or it is not in `expected_status`; re-read and retry'),
  },
})

function conflict(findingId: string, current: FindingStatus, expected: FindingStatus): ApiError {
  return new ApiError('conflict', `Finding ${findingId} is ${current}, not ${expected}; re-read it and retry`, {
    details: [{ path: 'json.expected_status', message: `current status is ${current}` }],
  })
}

export function registerFindingRoutes(app: App) {
  app.openapi(listFindingsRoute, async (c) => {
    const { changeset_id } = c.req.valid('param')
    const query = c.req.valid('query')
    const db = getDb(c.env.DB)
    const tenantId = c.get('principal').tenantId
    await requireChangeset(db, tenantId, changeset_id)
    const request = readPage(c, query, FindingFiltersSchema, isFindingCursor)
    const { filters } = request
    const page = await listFindings(
      db,
      tenantId,
      changeset_id,
      {
        maxSeverityRank: filters.severity ? SEVERITY_RANK[filters.severity] : undefined,
        category: filters.category,
        status: filters.status,
        filePath: filters.file_path,
        ruleId: filters.rule_id,
      },
      request.limit,
      request.after,
    )
    return c.json({ data: page.items.map(toFindingJson), next_cursor: request.cursorAfter(page.next && { ...page.next }) }, 200)
  })

  app.openapi(triageRoute, async (c) => {
    const { changeset_id, finding_id } = c.req.valid('param')
    const { status, reason, expected_status: expected } = c.req.valid('json')
    const db = getDb(c.env.DB)
    const principal = c.get('principal')
    const changeset = await requireChangeset(db, principal.tenantId, changeset_id)
    const finding = await findFinding(db, principal.tenantId, changeset_id, finding_id)
    if (!finding) throw findingNotFound(finding_id)
    if (expected !== undefined && finding.status !== expected) throw conflict(finding_id, finding.status, expected)
    if (finding.status === status) return c.json(toFindingJson(finding), 200)

    const now = nowIso()
    const from = finding.status
    const applied = await setFindingStatus(db, { finding, from, revision: changeset.revision, status, reason: reason ?? null, by: principal.keyName, now })
    if (!applied) {
      // Another triage moved it between our read and our write. If it now has the status asked
      // for, this request is the same no-op it would have been a moment later.
      const current = await findFinding(db, principal.tenantId, changeset_id, finding_id)
      if (!current) throw findingNotFound(finding_id)
      if (current.status === status && expected === undefined) return c.json(toFindingJson(current), 200)
      throw conflict(finding_id, current.status, expected ?? from)
    }
    c.get('log').info('finding.triaged', { changeset_id, finding_id, from, to: status })

    await publishFindingCounts(c.env, changeset_id, changeset.revision, c.get('log'))
    return c.json(toFindingJson({ ...finding, status, statusReason: reason ?? null, statusBy: principal.keyName, statusAt: now }), 200)
  })
}
