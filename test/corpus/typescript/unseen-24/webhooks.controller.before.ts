import { Body, Controller, Headers, HttpCode, Post, RawBodyRequest, Req, UnauthorizedException } from '@nestjs/common'
import { ConfigService } from '@nestjs/config'
import type { Request } from 'express'
import { createHmac, timingSafeEqual } from 'node:crypto'
import { PaymentsService } from './payments.service'

@Controller('webhooks')
export class WebhooksController {
  constructor(
    private readonly config: ConfigService,
    private readonly payments: PaymentsService,
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
}
