// corpus: path=src/integrations/webhooks.service.ts
import { Injectable, Logger, BadRequestException } from '@nestjs/common'
import { HttpService } from '@nestjs/axios'
import { InjectRepository } from '@nestjs/typeorm'
import { Repository } from 'typeorm'
import { firstValueFrom } from 'rxjs'
import { createHmac } from 'node:crypto'
import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'
import { Webhook } from './webhook.entity'

export interface RegisterWebhookInput {
  url: string
  events: string[]
  secret?: string
}

export interface DeliveryPayload {
  event: string
  data: unknown
}

const PRIVATE_RANGES = [/^10\./, /^127\./, /^169\.254\./, /^172\.(1[6-9]|2\d|3[01])\./, /^192\.168\./, /^0\./]

@Injectable()
export class WebhooksService {
  private readonly logger = new Logger(WebhooksService.name)

  constructor(
    private readonly http: HttpService,
    @InjectRepository(Webhook) private readonly hooks: Repository<Webhook>,
  ) {}

  async register(tenantId: string, input: RegisterWebhookInput) {
    await this.assertPublicHost(input.url)
    const hook = this.hooks.create({ tenantId, url: input.url, events: input.events, secret: input.secret ?? null })
    await this.hooks.save(hook)
    await this.deliver(hook, { event: 'webhook.registered', data: { id: hook.id } })
    return hook
  }

  async ping(input: RegisterWebhookInput) {
    const res = await firstValueFrom(this.http.post(input.url, { event: 'ping' }, { timeout: 5000 })) // expect: ssrf
    return { status: res.status }
  }

  async deliver(hook: Webhook, payload: DeliveryPayload) {
    const body = JSON.stringify(payload)
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (hook.secret) headers['x-signature'] = createHmac('sha256', hook.secret).update(body).digest('hex')
    try {
      const res = await firstValueFrom(this.http.post(hook.url, body, { headers, timeout: 5000, maxRedirects: 0 })) // ok: ssrf
      await this.hooks.update(hook.id, { lastStatus: res.status, lastDeliveredAt: new Date() })
    } catch (err) {
      this.logger.warn(`delivery to hook ${hook.id} failed: ${(err as Error).message}`)
      await this.hooks.increment({ id: hook.id }, 'failures', 1)
    }
  }

  private async assertPublicHost(raw: string) {
    let url: URL
    try {
      url = new URL(raw)
    } catch {
      throw new BadRequestException('invalid url')
    }
    if (url.protocol !== 'https:') throw new BadRequestException('https required')
    const address = isIP(url.hostname) ? url.hostname : (await lookup(url.hostname)).address
    if (PRIVATE_RANGES.some((r) => r.test(address))) throw new BadRequestException('private addresses are not allowed')
  }
}
