// corpus: path=src/server/routers/billing.ts
import { TRPCError } from '@trpc/server'
import { z } from 'zod'
import { sql } from 'drizzle-orm'
import Stripe from 'stripe'
import { protectedProcedure, router } from '../trpc'
import { invoices } from '../db/schema'

const stripe = new Stripe('sk_live_51Nf0gHJk2LmQ9xYzAbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefGHIJ') // expect: hardcoded-secret
const stripeTest = new Stripe(process.env.STRIPE_SECRET_KEY ?? 'sk_test_placeholder') // ok: hardcoded-secret

export const billingRouter = router({
  invoices: protectedProcedure
    .input(z.object({ orderBy: z.enum(['created_at', 'total_cents', 'due_at']).default('created_at'), limit: z.number().int().max(100).default(20) }))
    .query(async ({ ctx, input }) => {
      return ctx.db.execute(sql`SELECT * FROM ${invoices} WHERE account_id = ${ctx.user.accountId} ORDER BY ${sql.raw(input.orderBy)} DESC LIMIT ${input.limit}`) // ok: sql-injection
    }),

  invoicesByMemo: protectedProcedure.input(z.object({ memo: z.string().max(200) })).query(async ({ ctx, input }) => {
    return ctx.db.execute(sql.raw(`SELECT * FROM invoices WHERE account_id = '${ctx.user.accountId}' AND memo LIKE '%${input.memo}%'`)) // expect: sql-injection
  }),

  setAvatar: protectedProcedure.input(z.object({ imageUrl: z.string().url() })).mutation(async ({ ctx, input }) => {
    const res = await fetch(input.imageUrl) // expect: ssrf
    if (!res.ok || !res.headers.get('content-type')?.startsWith('image/')) {
      throw new TRPCError({ code: 'BAD_REQUEST', message: 'not an image' })
    }
    const bytes = new Uint8Array(await res.arrayBuffer())
    await ctx.storage.put(`avatars/${ctx.user.id}`, bytes)
    return { ok: true }
  }),

  gravatar: protectedProcedure.query(async ({ ctx }) => {
    const hash = await ctx.hashEmail(ctx.user.email)
    const res = await fetch(`https://www.gravatar.com/avatar/${hash}?d=404`) // ok: ssrf
    return { exists: res.ok }
  }),

  portal: protectedProcedure.input(z.object({ returnUrl: z.string() })).mutation(async ({ ctx, input }) => {
    const customer = ctx.user.stripeCustomerId
    if (!customer) throw new TRPCError({ code: 'PRECONDITION_FAILED' })
    const session = await stripeTest.billingPortal.sessions.create({ customer, return_url: `${ctx.appUrl}/billing` })
    return { url: session.url, returnUrl: input.returnUrl }
  }),

  usage: protectedProcedure.query(async ({ ctx }) => {
    const subscription = await stripe.subscriptions.retrieve(ctx.user.subscriptionId)
    return subscription.items.data.map((item) => ({ price: item.price.id, quantity: item.quantity ?? 0 }))
  }),
})
