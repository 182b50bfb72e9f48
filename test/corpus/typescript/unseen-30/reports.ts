// corpus: path=api/src/services/reports/reports.ts
import type { QueryResolvers, MutationResolvers } from 'types/graphql'
import { Prisma } from '@prisma/client'
import { db } from 'src/lib/db'
import { requireAuth } from 'src/lib/auth'
import { logger } from 'src/lib/logger'

const GROUPINGS = { day: 'day', week: 'week', month: 'month' } as const

export const salesReport: QueryResolvers['salesReport'] = async ({ from, to, groupBy, region }) => {
  requireAuth({ roles: ['admin', 'finance'] })
  const bucket = GROUPINGS[groupBy as keyof typeof GROUPINGS] ?? 'day'
  const regionFilter = region ? Prisma.sql`and region = ${region}` : Prisma.empty
  const rows = await db.$queryRaw<{ day: Date; total: bigint }[]>` // ok: sql-injection
    select date_trunc(${bucket}, created_at) as day, sum(total_cents) as total
      from orders
     where created_at between ${from} and ${to} ${regionFilter}
     group by 1
     order by 1
  `
  return rows.map((r) => ({ day: r.day.toISOString(), total: Number(r.total) }))
}

export const productSales: QueryResolvers['productSales'] = async ({ sku, from, to }) => {
  requireAuth({ roles: ['admin', 'finance'] })
  const rows = await db.$queryRawUnsafe<{ sku: string; units: number }[]>( // expect: sql-injection
    `select sku, sum(quantity) as units from order_lines
      where sku like '${sku}%' and created_at between $1 and $2
      group by sku order by units desc`,
    from,
    to,
  )
  return rows.map((r) => ({ sku: r.sku, units: Number(r.units) }))
}

export const topCustomers: QueryResolvers['topCustomers'] = async ({ limit }) => {
  requireAuth({ roles: ['admin', 'finance'] })
  return db.customer.findMany({
    orderBy: { lifetimeValueCents: 'desc' },
    take: Math.min(limit ?? 10, 100),
  })
}

export const scheduleReport: MutationResolvers['scheduleReport'] = async ({ input }) => {
  requireAuth({ roles: ['admin'] })
  const report = await db.scheduledReport.create({
    data: { name: input.name, cron: input.cron, recipients: input.recipients, createdById: context.currentUser!.id },
  })
  logger.info({ reportId: report.id }, 'scheduled report created')
  return report
}
