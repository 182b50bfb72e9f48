import { TRPCError } from '@trpc/server'
import { z } from 'zod'
import { count, desc, eq, ilike } from 'drizzle-orm'
import { adminProcedure, createTRPCRouter } from '~/server/api/trpc'
import { users, auditLog } from '~/server/db/schema'

export const adminRouter = createTRPCRouter({
  users: adminProcedure
    .input(z.object({ search: z.string().max(100).optional(), page: z.number().int().min(1).default(1) }))
    .query(async ({ ctx, input }) => {
      const where = input.search ? ilike(users.email, `%${input.search}%`) : undefined
      const [rows, [{ total }]] = await Promise.all([
        ctx.db.select().from(users).where(where).orderBy(desc(users.createdAt)).limit(50).offset((input.page - 1) * 50),
        ctx.db.select({ total: count() }).from(users).where(where),
      ])
      return { rows, total }
    }),

  setRole: adminProcedure
    .input(z.object({ userId: z.string().uuid(), role: z.enum(['member', 'support', 'admin']) }))
    .mutation(async ({ ctx, input }) => {
      if (input.userId === ctx.session.user.id) {
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'You cannot change your own role' })
      }
      await ctx.db.update(users).set({ role: input.role }).where(eq(users.id, input.userId))
      await ctx.db.insert(auditLog).values({ actorId: ctx.session.user.id, action: 'user.role', target: input.userId })
      return { ok: true }
    }),

  auditLog: adminProcedure
    .input(z.object({ limit: z.number().int().max(200).default(50) }))
    .query(({ ctx, input }) => ctx.db.select().from(auditLog).orderBy(desc(auditLog.at)).limit(input.limit)),
})
