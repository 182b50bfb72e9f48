// corpus: path=src/server/api/routers/projects.ts
import { TRPCError } from '@trpc/server'
import { sql } from 'kysely'
import { z } from 'zod'
import { db } from '../db'
import { createTRPCRouter, protectedProcedure } from '../trpc'

const projectInput = z.object({
  name: z.string().min(1).max(120),
  description: z.string().max(2000).optional(),
  visibility: z.enum(['private', 'team', 'public']),
})

const SORTABLE = ['created_at', 'updated_at', 'name'] as const

export const projectsRouter = createTRPCRouter({
  list: protectedProcedure
    .input(
      z.object({
        cursor: z.string().uuid().nullish(),
        limit: z.number().int().min(1).max(100).default(20),
        sort: z.enum(SORTABLE).default('created_at'),
        direction: z.string().default('desc'),
      }),
    )
    .query(async ({ ctx, input }) => {
      let query = db
        .selectFrom('projects')
        .selectAll()
        .where('team_id', '=', ctx.session.teamId)
        .orderBy(sql.ref(input.sort), sql.raw(input.direction)) // expect: sql-injection
        .limit(input.limit + 1)
      if (input.cursor) query = query.where('id', '<', input.cursor)
      const rows = await query.execute()
      const nextCursor = rows.length > input.limit ? rows.pop()!.id : null
      return { items: rows, nextCursor }
    }),

  search: protectedProcedure
    .input(z.object({ term: z.string().min(2).max(100), tag: z.string().optional() }))
    .query(async ({ ctx, input }) => {
      const ranked = await sql<{ id: string; name: string; rank: number }>`
        select id, name, ts_rank(search_vector, plainto_tsquery('english', ${input.term})) as rank
        from projects
        where team_id = ${ctx.session.teamId} and search_vector @@ plainto_tsquery('english', ${input.term})
        order by rank desc
        limit 50
      `.execute(db) // ok: sql-injection
      if (!input.tag) return ranked.rows
      const tagged = await db
        .selectFrom('project_tags')
        .select('project_id')
        .where(sql`tag = ${sql.lit(input.tag)}`) // expect: sql-injection
        .execute()
      const ids = new Set(tagged.map((t) => t.project_id))
      return ranked.rows.filter((r) => ids.has(r.id))
    }),

  byId: protectedProcedure.input(z.object({ id: z.string().uuid() })).query(async ({ ctx, input }) => {
    const project = await db
      .selectFrom('projects')
      .selectAll()
      .where('id', '=', input.id)
      .where('team_id', '=', ctx.session.teamId)
      .executeTakeFirst()
    if (!project) throw new TRPCError({ code: 'NOT_FOUND' })
    return project
  }),

  create: protectedProcedure.input(projectInput).mutation(async ({ ctx, input }) => {
    return db
      .insertInto('projects')
      .values({ ...input, team_id: ctx.session.teamId, owner_id: ctx.session.userId })
      .returningAll()
      .executeTakeFirstOrThrow()
  }),

  update: protectedProcedure
    .input(z.object({ id: z.string().uuid(), patch: z.record(z.string(), z.unknown()) }))
    .mutation(async ({ ctx, input }) => {
      return db
        .updateTable('projects')
        .set(input.patch) // expect: mass-assignment
        .where('id', '=', input.id)
        .where('team_id', '=', ctx.session.teamId)
        .returningAll()
        .executeTakeFirstOrThrow()
    }),

  archive: protectedProcedure.input(z.object({ id: z.string().uuid() })).mutation(async ({ ctx, input }) => {
    await db
      .updateTable('projects')
      .set({ archived_at: sql`now()`, archived_by: ctx.session.userId }) // ok: mass-assignment
      .where('id', '=', input.id)
      .where('team_id', '=', ctx.session.teamId)
      .execute()
    return { ok: true }
  }),
})
