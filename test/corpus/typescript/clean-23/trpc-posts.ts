// corpus: path=src/server/routers/posts.ts
import { z } from 'zod'
import { TRPCError } from '@trpc/server'
import { and, desc, eq, ilike, lt, sql } from 'drizzle-orm'
import { router, protectedProcedure, publicProcedure } from '../trpc'
import { posts, postLikes } from '../../db/schema'
import slugify from 'slugify'

const PostInput = z.object({
  title: z.string().min(3).max(140),
  body: z.string().max(50_000),
  tags: z.array(z.string().regex(/^[a-z0-9-]{1,32}$/)).max(8).default([]),
  publish: z.boolean().default(false),
})

export const postsRouter = router({
  list: publicProcedure
    .input(z.object({ q: z.string().max(100).optional(), cursor: z.number().int().optional(), tag: z.string().max(32).optional() }))
    .query(async ({ ctx, input }) => {
      const conditions = [eq(posts.published, true)]
      if (input.q) conditions.push(ilike(posts.title, `%${input.q}%`))
      if (input.tag) conditions.push(sql`${input.tag} = ANY(${posts.tags})`)
      if (input.cursor) conditions.push(lt(posts.id, input.cursor))
      const rows = await ctx.db
        .select({ id: posts.id, slug: posts.slug, title: posts.title, createdAt: posts.createdAt })
        .from(posts)
        .where(and(...conditions))
        .orderBy(desc(posts.id))
        .limit(20)
      return { rows, nextCursor: rows.length === 20 ? rows[rows.length - 1]!.id : null }
    }),

  bySlug: publicProcedure.input(z.object({ slug: z.string().max(200) })).query(async ({ ctx, input }) => {
    const [post] = await ctx.db.select().from(posts).where(and(eq(posts.slug, input.slug), eq(posts.published, true))).limit(1)
    if (!post) throw new TRPCError({ code: 'NOT_FOUND' })
    return post
  }),

  create: protectedProcedure.input(PostInput).mutation(async ({ ctx, input }) => {
    const slug = `${slugify(input.title, { lower: true, strict: true })}-${Date.now().toString(36)}`
    const [row] = await ctx.db
      .insert(posts)
      .values({ authorId: ctx.session.userId, slug, title: input.title, body: input.body, tags: input.tags, published: input.publish })
      .returning({ id: posts.id, slug: posts.slug })
    return row
  }),

  like: protectedProcedure.input(z.object({ postId: z.number().int() })).mutation(async ({ ctx, input }) => {
    await ctx.db.insert(postLikes).values({ postId: input.postId, userId: ctx.session.userId }).onConflictDoNothing()
    const [{ count }] = await ctx.db.select({ count: sql<number>`count(*)::int` }).from(postLikes).where(eq(postLikes.postId, input.postId))
    return { likes: count }
  }),

  remove: protectedProcedure.input(z.object({ id: z.number().int() })).mutation(async ({ ctx, input }) => {
    const deleted = await ctx.db.delete(posts).where(and(eq(posts.id, input.id), eq(posts.authorId, ctx.session.userId))).returning({ id: posts.id })
    if (deleted.length === 0) throw new TRPCError({ code: 'NOT_FOUND' })
    return { ok: true }
  }),
})
