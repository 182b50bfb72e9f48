import { z } from 'zod'
import { TRPCError } from '@trpc/server'
import { createTRPCRouter, protectedProcedure, publicProcedure, adminProcedure } from '../trpc'

export const postRouter = createTRPCRouter({
  byId: publicProcedure.input(z.object({ id: z.string() })).query(({ ctx, input }) => { // ok: missing-authorization
    return ctx.db.post.findFirst({ where: { id: input.id, published: true } })
  }),

  latest: publicProcedure.query(({ ctx }) => { // ok: missing-authorization
    return ctx.db.post.findMany({ where: { published: true }, orderBy: { createdAt: 'desc' }, take: 20 })
  }),

  update: publicProcedure // expect: missing-authorization
    .input(z.object({ id: z.string(), title: z.string().min(1), body: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const post = await ctx.db.post.findFirst({ where: { id: input.id, authorId: ctx.session.user.id } })
      if (!post) throw new TRPCError({ code: 'NOT_FOUND' })
      return ctx.db.post.update({ where: { id: post.id }, data: { title: input.title, body: input.body } })
    }),

  remove: publicProcedure.input(z.object({ id: z.string() })).mutation(({ ctx, input }) => { // expect: missing-authorization
    return ctx.db.post.delete({ where: { id: input.id } })
  }),

  feature: adminProcedure.input(z.object({ id: z.string() })).mutation(({ ctx, input }) => { // ok: missing-authorization
    return ctx.db.post.update({ where: { id: input.id }, data: { featured: true } })
  }),
})
