import { z } from 'zod'
import { TRPCError } from '@trpc/server'
import { router, protectedProcedure } from '../trpc'

export const projectRouter = router({
  list: protectedProcedure
    .input(z.object({ q: z.string().max(100).optional(), cursor: z.number().int().optional() }))
    .query(async ({ ctx, input }) => {
      const rows = await ctx.knex('projects')
        .where({ team_id: ctx.session.teamId })
        .modify((qb) => {
          if (input.q) qb.whereILike('name', `%${input.q}%`)
        })
        .orderBy('updated_at', 'desc')
        .limit(25)
        .offset(input.cursor ?? 0)
      return rows
    }),

  byId: protectedProcedure.input(z.object({ id: z.string().uuid() })).query(async ({ ctx, input }) => {
    const row = await ctx.knex('projects').where({ id: input.id, team_id: ctx.session.teamId }).first()
    if (!row) throw new TRPCError({ code: 'NOT_FOUND' })
    return row
  }),
})
