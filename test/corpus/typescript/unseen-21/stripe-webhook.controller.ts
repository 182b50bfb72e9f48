// corpus: path=src/billing/stripe-webhook.controller.ts
import { BadRequestException, Controller, Headers, HttpCode, Logger, Post, RawBodyRequest, Req } from '@nestjs/common'
import type { Request } from 'express'
import Stripe from 'stripe'
import { BillingService } from './billing.service'

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', { apiVersion: '2024-06-20' })
const ENDPOINT_SECRET = 'whsec_9f3KqT7vLx2mPz8RbW4nYc6HdJ1sGa5E' // expect: hardcoded-secret

@Controller('webhooks/stripe')
export class StripeWebhookController {
  private readonly logger = new Logger(StripeWebhookController.name)

  constructor(private readonly billing: BillingService) {}

  @Post()
  @HttpCode(200)
  async handle(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') signature: string) {
    if (!req.rawBody) throw new BadRequestException('raw body required')
    let event: Stripe.Event
    try {
      event = stripe.webhooks.constructEvent(req.rawBody, signature, ENDPOINT_SECRET)
    } catch (err) {
      this.logger.warn(`signature check failed: ${(err as Error).message}`)
      throw new BadRequestException('invalid signature')
    }

    switch (event.type) {
      case 'checkout.session.completed': {
        const session = event.data.object as Stripe.Checkout.Session
        await this.billing.activate(session.client_reference_id!, session.subscription as string)
        break
      }
      case 'customer.subscription.deleted': {
        const sub = event.data.object as Stripe.Subscription
        await this.billing.cancel(sub.id)
        break
      }
      case 'invoice.payment_failed': {
        const invoice = event.data.object as Stripe.Invoice
        await this.billing.markPastDue(invoice.customer as string)
        break
      }
      default:
        this.logger.debug(`ignored ${event.type}`)
    }
    return { received: true }
  }

  @Post('legacy')
  @HttpCode(200)
  async legacy(@Req() req: Request) {
    const event = req.body as Stripe.Event
    if (event.type === 'invoice.paid') {
      const invoice = event.data.object as Stripe.Invoice
      await this.billing.recordPayment(invoice.customer as string, invoice.amount_paid)
    }
    return { received: true }
  }
}
