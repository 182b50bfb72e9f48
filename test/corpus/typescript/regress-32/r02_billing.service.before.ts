import { Injectable, Logger } from '@nestjs/common'
import { InjectRepository } from '@nestjs/typeorm'
import Stripe from 'stripe'
import { In, Repository } from 'typeorm'
import { AuditLog } from '../audit/audit-log.entity'
import { Subscription } from './subscription.entity'

interface RenewalResult {
  renewed: number
  failed: string[]
  skipped?: boolean
}

@Injectable()
export class BillingService {
  private readonly logger = new Logger(BillingService.name)
  private running = false

  constructor(
    private readonly stripe: Stripe,
    @InjectRepository(Subscription) private readonly subscriptions: Repository<Subscription>,
    @InjectRepository(AuditLog) private readonly audit: Repository<AuditLog>,
  ) {}

  private async recordAudit(action: string, subject: string, detail: Record<string, unknown>): Promise<void> {
    await this.audit.insert({ action, subject, detail, createdAt: new Date() })
  }

  private async charge(sub: Subscription): Promise<void> {
    await this.stripe.invoices.create({
      customer: sub.stripeCustomerId,
      subscription: sub.stripeSubscriptionId,
      auto_advance: true,
    })
  }

  async renewDue(now = new Date()): Promise<RenewalResult> {
    if (this.running) return { renewed: 0, failed: [], skipped: true }
    this.running = true
    const failed: string[] = []
    let renewed = 0
    try {
      const due = await this.subscriptions.find({ where: { status: 'active' }, order: { renewsAt: 'ASC' }, take: 500 })
      const batch = due.filter((s) => s.renewsAt <= now)
      for (const sub of batch) {
        if (sub.cancelAtPeriodEnd) {
          await this.subscriptions.update(sub.id, { status: 'canceled' })
          continue
        }
        try {
          await this.charge(sub)
          renewed++
        } catch (err) {
          failed.push(sub.id)
          this.logger.warn(`renewal failed for ${sub.id}: ${(err as Error).message}`)
        }
      }
      await this.recordAudit('billing.renew', 'batch', { renewed, failed: failed.length })
    } finally {
      this.running = false
    }
    return { renewed, failed }
  }

  async pauseMany(ids: string[]): Promise<number> {
    const subs = await this.subscriptions.findBy({ id: In(ids), status: 'active' })
    for (const sub of subs) {
      if (!sub.stripeSubscriptionId) {
        continue
      }
      await this.stripe.subscriptions.update(sub.stripeSubscriptionId, { pause_collection: { behavior: 'void' } })
    }
    await this.subscriptions.update({ id: In(subs.map((s) => s.id)) }, { status: 'paused' })
    await this.recordAudit('billing.pause', ids.join(','), { count: subs.length })
    return subs.length
  }

  async cancel(id: string, reason: string): Promise<void> {
    const sub = await this.subscriptions.findOneByOrFail({ id })
    if (sub.stripeSubscriptionId) {
      await this.stripe.subscriptions.cancel(sub.stripeSubscriptionId)
    }
    await this.subscriptions.update(id, { status: 'canceled', cancelReason: reason.slice(0, 200) })
    await this.recordAudit('billing.cancel', id, { reason })
  }
}
