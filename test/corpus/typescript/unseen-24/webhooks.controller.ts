// corpus: path=src/webhooks/webhooks.controller.ts
import { BadRequestException, Body, Controller, Headers, HttpCode, Param, Post, RawBodyRequest, Req, UnauthorizedException } from '@nestjs/common'
import { ConfigService } from '@nestjs/config'
import type { Request } from 'express'
import { createHmac, timingSafeEqual } from 'node:crypto'
import { PaymentsService } from './payments.service'
import { IntegrationsRepository } from './integrations.repository'
import { isPublicHttpsUrl } from '../net/public-url'

@Controller('webhooks')
export class WebhooksController {
  constructor(
    private readonly config: ConfigService,
    private readonly payments: PaymentsService,
    private readonly integrations: IntegrationsRepository,
  ) {}

  @Post('payments')
  @HttpCode(204)
  async payment(@Req() req: RawBodyRequest<Request>, @Headers('x-signature') signature: string) {
    const secret = this.config.getOrThrow<string>('PAYMENTS_WEBHOOK_SECRET')
    const expected = createHmac('sha256', secret).update(req.rawBody!).digest()
    const given = Buffer.from(signature ?? '', 'hex')
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new UnauthorizedException('bad signature')
    }
    await this.payments.handleEvent(JSON.parse(req.rawBody!.toString('utf8')))
  }

  @Post('shipping')
  @HttpCode(204)
  async shipping(@Req() req: RawBodyRequest<Request>, @Headers('x-shipping-signature') signature: string) {
    const secret = this.config.getOrThrow<string>('SHIPPING_WEBHOOK_SECRET')
    const expected = createHmac('sha256', secret).update(req.rawBody!).digest('hex')
    if (signature !== expected) { // expect: timing-unsafe-comparison
      throw new UnauthorizedException('bad signature')
    }
    const event = JSON.parse(req.rawBody!.toString('utf8')) as { type: string; callbackUrl?: string; trackingNumber: string }
    if (event.callbackUrl) {
      await fetch(event.callbackUrl, { method: 'POST', body: JSON.stringify({ received: event.trackingNumber }) }) // ok: ssrf
    }
  }

  @Post('integrations/register')
  async register(@Body() body: { name: string; url: string }) {
    if (!(await isPublicHttpsUrl(body.url))) throw new BadRequestException('url must be a public https URL')
    const integration = await this.integrations.create({ name: body.name, url: body.url })
    await fetch(body.url, { method: 'POST', body: JSON.stringify({ type: 'ping', id: integration.id }) }) // ok: ssrf
    return { id: integration.id }
  }

  @Post('integrations/:id/test')
  @HttpCode(204)
  async test(@Param('id') id: string) {
    const integration = await this.integrations.findById(id)
    if (!integration) throw new BadRequestException('unknown integration')
    await fetch(integration.url, { method: 'POST', body: JSON.stringify({ type: 'test' }) }) // ok: ssrf
  }

  @Post('integrations/preview')
  async preview(@Body() body: { url: string }) {
    const res = await fetch(body.url) // expect: ssrf
    return { status: res.status, contentType: res.headers.get('content-type') }
  }
}
