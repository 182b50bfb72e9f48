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

export const projectsRouter = createTRPCRouter({
  list: protectedProcedure
    .input(z.object({ cursor: z.string().uuid().nullish(), limit: z.number().int().min(1).max(100).default(20) }))
    .query(async ({ ctx, input }) => {
      let query = db
        .selectFrom('projects')
        .selectAll()
        .where('team_id', '=', ctx.session.teamId)
        .orderBy('created_at', 'desc')
        .limit(input.limit + 1)
      if (input.cursor) query = query.where('id', '<', input.cursor)
      const rows = await query.execute()
      const nextCursor = rows.length > input.limit ? rows.pop()!.id : null
      return { items: rows, nextCursor }
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
})
