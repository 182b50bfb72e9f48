// corpus: path=src/webhooks/webhooks.controller.ts
import { BadRequestException, Body, Controller, Param, Post, UseGuards } from '@nestjs/common'
import { IsOptional, IsString, IsUrl } from 'class-validator'
import ky from 'ky'
import { request } from 'undici'
import { createHmac } from 'node:crypto'
import { AuthGuard } from '../auth/auth.guard'
import { WebhooksService } from './webhooks.service'

class TestDeliveryDto {
  @IsUrl({ require_tld: false })
  baseUrl!: string

  @IsOptional()
  @IsString()
  path?: string
}

class SlackChannelDto {
  @IsUrl()
  webhookUrl!: string

  @IsString()
  channel!: string
}

class PingDto {
  @IsUrl()
  url!: string
}

@Controller('projects/:projectId/webhooks')
@UseGuards(AuthGuard)
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  private sign(body: string, secret: string): string {
    return createHmac('sha256', secret).update(body).digest('hex')
  }

  // IsUrl with require_tld: false accepts http://localhost:8080 and http://169.254.169.254,
  // so the "send test delivery" button reaches anything on the private network.
  @Post('test')
  async sendTest(@Param('projectId') projectId: string, @Body() dto: TestDeliveryDto) {
    const secret = await this.webhooks.secretFor(projectId)
    const payload = JSON.stringify({ event: 'ping', projectId, sentAt: new Date().toISOString() })
    const target = new URL(dto.path ?? '/', dto.baseUrl)
    const { statusCode, body } = await request(target, { // expect: ssrf
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-signature': this.sign(payload, secret) },
      body: payload,
      headersTimeout: 5000,
    })
    await body.dump()
    return { statusCode }
  }

  @Post('ping')
  async ping(@Body() dto: PingDto) {
    const res = await ky.post(dto.url, { json: { event: 'ping' }, retry: 0, throwHttpErrors: false, timeout: 5000 }) // expect: ssrf
    return { status: res.status }
  }

  @Post('slack')
  async connectSlack(@Param('projectId') projectId: string, @Body() dto: SlackChannelDto) {
    const url = new URL(dto.webhookUrl)
    if (url.protocol !== 'https:' || url.hostname !== 'hooks.slack.com') {
      throw new BadRequestException('Slack webhook URLs start with https://hooks.slack.com/')
    }
    await ky.post(url, { json: { text: `Connected to project ${projectId}`, channel: dto.channel } }) // ok: ssrf
    return this.webhooks.saveSlack(projectId, url.toString(), dto.channel)
  }

  @Post(':hookId/redeliver')
  async redeliver(@Param('projectId') projectId: string, @Param('hookId') hookId: string) {
    const hook = await this.webhooks.find(projectId, hookId)
    const last = await this.webhooks.lastDelivery(hook.id)
    if (!last) throw new BadRequestException('nothing to redeliver')
    const res = await ky.post(`https://hooks.acme-relay.com/v1/deliveries/${encodeURIComponent(last.id)}/retry`, { retry: 2 }) // ok: ssrf
    return { status: res.status }
  }
}
