// corpus: path=src/webhooks/webhooks.service.ts
import { HttpService } from '@nestjs/axios'
import { Injectable, Logger } from '@nestjs/common'
import { InjectRepository } from '@nestjs/typeorm'
import { randomBytes } from 'node:crypto'
import { firstValueFrom } from 'rxjs'
import { Repository } from 'typeorm'
import { execa } from 'execa'
import { Webhook } from './webhook.entity'
import { RegisterWebhookDto, ReplayDto } from './dto'

@Injectable()
export class WebhooksService {
  private readonly logger = new Logger(WebhooksService.name)

  constructor(
    private readonly http: HttpService,
    @InjectRepository(Webhook) private readonly hooks: Repository<Webhook>,
  ) {}

  async register(accountId: string, dto: RegisterWebhookDto): Promise<Webhook> {
    const secret = randomBytes(32).toString('hex')
    return this.hooks.save(this.hooks.create({ accountId, url: dto.url, events: dto.events, secret }))
  }

  async verifyEndpoint(dto: RegisterWebhookDto): Promise<boolean> {
    const res = await firstValueFrom(this.http.get(dto.url, { timeout: 3000, maxRedirects: 0 })) // expect: ssrf
    return res.status < 400
  }

  async replay(dto: ReplayDto): Promise<string> {
    const { stdout } = await execa(`./scripts/replay.sh ${dto.eventId} ${dto.since}`, { shell: true }) // expect: command-injection
    return stdout
  }

  async archive(hookId: string): Promise<void> {
    await execa('tar', ['-czf', `/var/archive/${hookId.replace(/[^a-z0-9-]/gi, '')}.tgz`, 'logs'], { cwd: '/var/hooks' }) // ok: command-injection
  }

  newDeliveryId(): string {
    return `dlv_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`
  }
}
