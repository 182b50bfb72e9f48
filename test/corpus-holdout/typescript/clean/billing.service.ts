// corpus: path=src/billing/billing.service.ts
import { Injectable, Logger, NotFoundException, BadRequestException } from '@nestjs/common'
import { InjectRepository } from '@nestjs/typeorm'
import { Repository, DataSource } from 'typeorm'
import Stripe from 'stripe'
import { ConfigService } from '@nestjs/config'
import { Subscription, SubscriptionStatus } from './subscription.entity'
import { Plan } from './plan.entity'

export interface ChangePlanResult {
  subscriptionId: string
  planId: string
  prorationCents: number
}

@Injectable()
export class BillingService {
  private readonly logger = new Logger(BillingService.name)
  private readonly stripe: Stripe

  constructor(
    @InjectRepository(Subscription) private readonly subscriptions: Repository<Subscription>,
    @InjectRepository(Plan) private readonly plans: Repository<Plan>,
    private readonly dataSource: DataSource,
    config: ConfigService,
  ) {
    this.stripe = new Stripe(config.getOrThrow<string>('STRIPE_SECRET_KEY'))
  }

  async current(accountId: string): Promise<Subscription> {
    const sub = await this.subscriptions.findOne({ where: { accountId }, relations: { plan: true } })
    if (!sub) throw new NotFoundException('no subscription for this account')
    return sub
  }

  async changePlan(accountId: string, planId: string): Promise<ChangePlanResult> {
    const [sub, plan] = await Promise.all([this.current(accountId), this.plans.findOneBy({ id: planId, active: true })])
    if (!plan) throw new BadRequestException(`plan ${planId} is not available`)
    if (sub.plan.id === plan.id) throw new BadRequestException('already on this plan')
    if (sub.status !== SubscriptionStatus.Active) throw new BadRequestException(`subscription is ${sub.status}`)

    const stripeSub = await this.stripe.subscriptions.retrieve(sub.stripeSubscriptionId)
    const item = stripeSub.items.data[0]
    if (!item) throw new BadRequestException('subscription has no items')
    const preview = await this.stripe.invoices.createPreview({
      customer: sub.stripeCustomerId,
      subscription: sub.stripeSubscriptionId,
      subscription_details: { items: [{ id: item.id, price: plan.stripePriceId }] },
    })
    await this.stripe.subscriptions.update(sub.stripeSubscriptionId, {
      items: [{ id: item.id, price: plan.stripePriceId }],
      proration_behavior: 'create_prorations',
    })

    await this.dataSource.transaction(async (manager) => {
      await manager.update(Subscription, { id: sub.id }, { plan: { id: plan.id }, updatedAt: new Date() })
      await manager.insert('subscription_events', { subscriptionId: sub.id, kind: 'plan_changed', fromPlan: sub.plan.id, toPlan: plan.id })
    })
    this.logger.log(`account ${accountId} moved from ${sub.plan.id} to ${plan.id}`)
    return { subscriptionId: sub.id, planId: plan.id, prorationCents: preview.amount_due }
  }

  async cancelAtPeriodEnd(accountId: string): Promise<Subscription> {
    const sub = await this.current(accountId)
    if (sub.cancelAtPeriodEnd) return sub
    await this.stripe.subscriptions.update(sub.stripeSubscriptionId, { cancel_at_period_end: true })
    sub.cancelAtPeriodEnd = true
    return this.subscriptions.save(sub)
  }

  async resume(accountId: string): Promise<Subscription> {
    const sub = await this.current(accountId)
    if (!sub.cancelAtPeriodEnd) return sub
    await this.stripe.subscriptions.update(sub.stripeSubscriptionId, { cancel_at_period_end: false })
    sub.cancelAtPeriodEnd = false
    return this.subscriptions.save(sub)
  }

  async syncFromStripe(event: Stripe.Event): Promise<void> {
    if (!event.type.startsWith('customer.subscription.')) return
    const object = event.data.object as Stripe.Subscription
    const sub = await this.subscriptions.findOneBy({ stripeSubscriptionId: object.id })
    if (!sub) {
      this.logger.warn(`stripe subscription ${object.id} has no local row`)
      return
    }
    sub.status = toStatus(object.status)
    sub.cancelAtPeriodEnd = object.cancel_at_period_end
    await this.subscriptions.save(sub)
  }
}

function toStatus(status: Stripe.Subscription.Status): SubscriptionStatus {
  switch (status) {
    case 'active':
    case 'trialing':
      return SubscriptionStatus.Active
    case 'past_due':
    case 'unpaid':
      return SubscriptionStatus.PastDue
    case 'canceled':
    case 'incomplete_expired':
      return SubscriptionStatus.Cancelled
    default:
      return SubscriptionStatus.Incomplete
  }
}
