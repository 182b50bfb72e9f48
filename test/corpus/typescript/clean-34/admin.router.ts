// corpus: path=src/server/routers/admin.ts
import { TRPCError } from '@trpc/server'
import { z } from 'zod'
import { and, desc, eq, gte, ilike, sql } from 'drizzle-orm'
import { router, protectedProcedure } from '../trpc'
import { db } from '../db'
import { auditLog, orders, users } from '../schema'

const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.session.user.role !== 'admin') throw new TRPCError({ code: 'FORBIDDEN' })
  return next({ ctx })
})

export const adminRouter = router({
  overview: adminProcedure.query(async () => {
    const since = new Date(Date.now() - 30 * 24 * 60 * 60 * 1000)
    const [totals] = await db
      .select({ orders: sql<number>`count(*)`, revenue: sql<number>`coalesce(sum(${orders.totalCents}), 0)` })
      .from(orders)
      .where(gte(orders.createdAt, since))
    const newUsers = await db.select({ n: sql<number>`count(*)` }).from(users).where(gte(users.createdAt, since))
    return { orders: Number(totals.orders), revenueCents: Number(totals.revenue), newUsers: Number(newUsers[0].n) }
  }),

  users: adminProcedure
    .input(z.object({ search: z.string().max(100).optional(), page: z.number().int().min(1).default(1) }))
    .query(async ({ input }) => {
      const where = input.search ? ilike(users.email, `%${input.search}%`) : undefined
      return db.select().from(users).where(where).orderBy(desc(users.createdAt)).limit(50).offset((input.page - 1) * 50)
    }),

  setRole: adminProcedure
    .input(z.object({ userId: z.string().uuid(), role: z.enum(['member', 'support', 'admin']) }))
    .mutation(async ({ ctx, input }) => {
      if (input.userId === ctx.session.user.id) throw new TRPCError({ code: 'BAD_REQUEST', message: 'You cannot change your own role.' })
      const [updated] = await db.update(users).set({ role: input.role }).where(eq(users.id, input.userId)).returning({ id: users.id })
      if (!updated) throw new TRPCError({ code: 'NOT_FOUND' })
      await db.insert(auditLog).values({ actorId: ctx.session.user.id, action: 'user.set_role', targetId: input.userId, detail: input.role })
      return updated
    }),

  refund: adminProcedure.input(z.object({ orderId: z.string().uuid(), reason: z.string().min(3).max(500) })).mutation(async ({ ctx, input }) => {
    const [order] = await db.select().from(orders).where(and(eq(orders.id, input.orderId), eq(orders.status, 'paid')))
    if (!order) throw new TRPCError({ code: 'NOT_FOUND', message: 'No paid order with that id.' })
    await ctx.payments.refunds.create({ payment_intent: order.paymentIntentId, reason: 'requested_by_customer', metadata: { note: input.reason } })
    await db.update(orders).set({ status: 'refunded' }).where(eq(orders.id, order.id))
    return { ok: true }
  }),
})
