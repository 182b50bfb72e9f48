import { z } from 'zod'
import { TRPCError } from '@trpc/server'
import { createTRPCRouter, protectedProcedure, publicProcedure, adminProcedure } from '../trpc'

export const postRouter = createTRPCRouter({
  byId: protectedProcedure.input(z.object({ id: z.string() })).query(({ ctx, input }) => {
    return ctx.db.post.findFirst({ where: { id: input.id, published: true } })
  }),

  latest: protectedProcedure.query(({ ctx }) => {
    return ctx.db.post.findMany({ where: { published: true }, orderBy: { createdAt: 'desc' }, take: 20 })
  }),

  update: protectedProcedure
    .input(z.object({ id: z.string(), title: z.string().min(1), body: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const post = await ctx.db.post.findFirst({ where: { id: input.id, authorId: ctx.session.user.id } })
      if (!post) throw new TRPCError({ code: 'NOT_FOUND' })
      return ctx.db.post.update({ where: { id: post.id }, data: { title: input.title, body: input.body } })
    }),

  remove: protectedProcedure.input(z.object({ id: z.string() })).mutation(({ ctx, input }) => {
    return ctx.db.post.delete({ where: { id: input.id } })
  }),

  feature: protectedProcedure.input(z.object({ id: z.string() })).mutation(({ ctx, input }) => {
    return ctx.db.post.update({ where: { id: input.id }, data: { featured: true } })
  }),
})
