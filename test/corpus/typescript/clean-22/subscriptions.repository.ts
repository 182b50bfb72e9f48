// corpus: path=src/billing/subscriptions.repository.ts
import type { Knex } from 'knex'

export type SubscriptionStatus = 'trialing' | 'active' | 'past_due' | 'canceled'

export interface SubscriptionRow {
  id: string
  account_id: string
  plan_id: string
  status: SubscriptionStatus
  seats: number
  current_period_end: Date
  cancel_at: Date | null
  created_at: Date
  updated_at: Date
}

export interface ListOptions {
  status?: SubscriptionStatus
  planId?: string
  endingBefore?: Date
  limit?: number
  cursor?: string
  sort?: 'created' | 'renewal'
}

const SORT_COLUMNS: Record<NonNullable<ListOptions['sort']>, string> = {
  created: 'created_at',
  renewal: 'current_period_end',
}

export class SubscriptionsRepository {
  constructor(private readonly db: Knex) {}

  async findById(id: string): Promise<SubscriptionRow | undefined> {
    return this.db<SubscriptionRow>('subscriptions').where({ id }).first()
  }

  async findActiveForAccount(accountId: string): Promise<SubscriptionRow | undefined> {
    return this.db<SubscriptionRow>('subscriptions')
      .where({ account_id: accountId })
      .whereIn('status', ['trialing', 'active', 'past_due'])
      .orderBy('created_at', 'desc')
      .first()
  }

  async list(opts: ListOptions = {}): Promise<SubscriptionRow[]> {
    const limit = Math.min(Math.max(opts.limit ?? 50, 1), 200)
    const column = SORT_COLUMNS[opts.sort ?? 'created']
    const query = this.db<SubscriptionRow>('subscriptions').orderBy([{ column, order: 'desc' }, { column: 'id', order: 'desc' }]).limit(limit)
    if (opts.status) query.where('status', opts.status)
    if (opts.planId) query.where('plan_id', opts.planId)
    if (opts.endingBefore) query.where('current_period_end', '<', opts.endingBefore)
    if (opts.cursor) query.where('id', '<', opts.cursor)
    return query
  }

  async seatUsage(accountId: string): Promise<{ used: number; purchased: number }> {
    const result = await this.db.raw<{ rows: Array<{ used: string; purchased: string }> }>(
      `SELECT
         (SELECT count(*) FROM memberships WHERE account_id = ? AND deactivated_at IS NULL) AS used,
         coalesce((SELECT seats FROM subscriptions WHERE account_id = ? AND status IN ('trialing', 'active') ORDER BY created_at DESC LIMIT 1), 0) AS purchased`,
      [accountId, accountId],
    )
    const row = result.rows[0] ?? { used: '0', purchased: '0' }
    return { used: Number(row.used), purchased: Number(row.purchased) }
  }

  async renewalsBetween(from: Date, to: Date): Promise<SubscriptionRow[]> {
    return this.db<SubscriptionRow>('subscriptions')
      .whereBetween('current_period_end', [from, to])
      .andWhere('status', 'active')
      .whereNull('cancel_at')
  }

  async create(input: Pick<SubscriptionRow, 'account_id' | 'plan_id' | 'seats'> & { trialDays?: number }): Promise<SubscriptionRow> {
    const now = new Date()
    const periodEnd = new Date(now.getTime() + (input.trialDays ?? 14) * 86_400_000)
    const [row] = await this.db<SubscriptionRow>('subscriptions')
      .insert({
        account_id: input.account_id,
        plan_id: input.plan_id,
        seats: input.seats,
        status: input.trialDays === 0 ? 'active' : 'trialing',
        current_period_end: periodEnd,
      })
      .returning('*')
    return row
  }

  async changeSeats(id: string, seats: number): Promise<void> {
    if (!Number.isInteger(seats) || seats < 1) throw new RangeError(`invalid seat count: ${seats}`)
    await this.db('subscriptions').where({ id }).update({ seats, updated_at: this.db.fn.now() })
  }

  async cancelAtPeriodEnd(id: string): Promise<void> {
    await this.db('subscriptions')
      .where({ id })
      .update({ cancel_at: this.db.ref('current_period_end'), updated_at: this.db.fn.now() })
  }

  async markPastDue(ids: string[]): Promise<number> {
    if (ids.length === 0) return 0
    return this.db('subscriptions').whereIn('id', ids).update({ status: 'past_due', updated_at: this.db.fn.now() })
  }

  async statusCounts(): Promise<Record<SubscriptionStatus, number>> {
    const rows = await this.db('subscriptions').select('status').count<{ status: SubscriptionStatus; count: string }[]>('* as count').groupBy('status')
    const counts: Record<SubscriptionStatus, number> = { trialing: 0, active: 0, past_due: 0, canceled: 0 }
    for (const row of rows) counts[row.status] = Number(row.count)
    return counts
  }

  async transaction<T>(fn: (repo: SubscriptionsRepository) => Promise<T>): Promise<T> {
    return this.db.transaction((trx) => fn(new SubscriptionsRepository(trx)))
  }
}
