// corpus: path=src/routes/changesets.ts
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../types';
import { getDb } from '../db/client';
import { ApiError, errorResponses } from '../errors';
import { ChangesetNotFound, createChangeset, findChangeset, listChangesets } from '../changesets/service';

const ChangesetSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    status: z.enum(['pending', 'in_progress', 'reviewed', 'failed']),
    created_at: z.string(),
  })
  .openapi('Changeset');

const CreateBody = z.object({
  title: z.string().min(1).max(200),
  files: z
    .array(z.object({ path: z.string().min(1).max(500), diff: z.string().max(1_000_000) }))
    .min(1)
    .max(300),
});

const create = createRoute({
  method: 'post',
  path: '/api/changesets',
  request: { body: { content: { 'application/json': { schema: CreateBody } }, required: true } },
  responses: {
    202: { description: 'Accepted for review', content: { 'application/json': { schema: z.object({ id: z.string() }) } } },
    ...errorResponses,
  },
});

const getOne = createRoute({
  method: 'get',
  path: '/api/changesets/{id}',
  request: { params: z.object({ id: z.string().min(1) }) },
  responses: {
    200: { description: 'The changeset', content: { 'application/json': { schema: ChangesetSchema } } },
    ...errorResponses,
  },
});

const list = createRoute({
  method: 'get',
  path: '/api/changesets',
  request: { query: z.object({ before: z.string().datetime().optional(), limit: z.coerce.number().int().min(1).max(100).default(20) }) },
  responses: {
    200: { description: 'Changesets, newest first', content: { 'application/json': { schema: z.array(ChangesetSchema) } } },
    ...errorResponses,
  },
});

function toJson(row: { id: string; title: string; status: string; createdAt: string }) {
  return { id: row.id, title: row.title, status: row.status as z.infer<typeof ChangesetSchema>['status'], created_at: row.createdAt };
}

export function registerChangesetRoutes(app: App) {
  app.openapi(create, async (c) => {
    const body = c.req.valid('json');
    const id = await createChangeset(getDb(c.env), { tenantId: c.get('tenantId'), ...body });
    await c.env.REVIEW_QUEUE.send({ changesetId: id });
    return c.json({ id }, 202);
  });

  app.openapi(getOne, async (c) => {
    const { id } = c.req.valid('param');
    try {
      return c.json(toJson(await findChangeset(getDb(c.env), c.get('tenantId'), id)), 200);
    } catch (err) {
      if (err instanceof ChangesetNotFound) throw new ApiError(404, 'not_found', err.message);
      throw err;
    }
  });

  app.openapi(list, async (c) => {
    const { before, limit } = c.req.valid('query');
    const rows = await listChangesets(getDb(c.env), c.get('tenantId'), { before, limit });
    return c.json(rows.map(toJson), 200);
  });
}
