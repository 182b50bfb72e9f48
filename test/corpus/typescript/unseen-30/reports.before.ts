import type { QueryResolvers, MutationResolvers } from 'types/graphql'
import { db } from 'src/lib/db'
import { requireAuth } from 'src/lib/auth'
import { logger } from 'src/lib/logger'

export const salesReport: QueryResolvers['salesReport'] = async ({ from, to }) => {
  requireAuth({ roles: ['admin', 'finance'] })
  const rows = await db.$queryRaw<{ day: Date; total: number }[]>`
    select date_trunc('day', created_at) as day, sum(total_cents) as total
      from orders
     where created_at between ${from} and ${to}
     group by 1
     order by 1
  `
  return rows.map((r) => ({ day: r.day.toISOString(), total: Number(r.total) }))
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
