// corpus: path=src/notifications/notifications.service.ts
import { Injectable, Logger, BadRequestException } from '@nestjs/common'
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq'
import { Queue, Job } from 'bullmq'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as http from 'node:http'
import axios from 'axios'
import * as ejs from 'ejs'
import Handlebars from 'handlebars'
import { IsOptional, IsString, IsUrl, MaxLength } from 'class-validator'
import { PrismaService } from '../prisma/prisma.service'

// Workspace admins write their own notification templates in the dashboard; the DTOs below are
// bound from the request body by the controller.
export class TemplatePreviewDto {
  @IsString() @MaxLength(200) subject!: string
  @IsString() @MaxLength(20000) body!: string
  @IsOptional() @IsString() @MaxLength(2000) footer?: string
}

export class WebhookTestDto {
  @IsUrl({ require_tld: false }) url!: string
}

export class StatusProbeDto {
  @IsString() host!: string
  @IsOptional() @IsString() port?: string
  @IsOptional() @IsString() path?: string
}

const SAMPLE = { user: { firstName: 'Ada', plan: 'Team' }, invoice: { total: '49.00', due: '2026-01-01' } }
const WEBHOOK_HOSTS = new Set(['hooks.slack.com', 'discord.com', 'outlook.office.com'])

@Injectable()
export class NotificationTemplatesService {
  private readonly logger = new Logger(NotificationTemplatesService.name)
  private layoutSource?: string

  constructor(private readonly prisma: PrismaService) {}

  async onModuleInit() {
    this.layoutSource = await readFile(join(__dirname, 'templates', 'layout.hbs'), 'utf8')
  }

  preview(dto: TemplatePreviewDto) {
    const parts = { subject: dto.subject, body: dto.body }
    const rendered = Object.fromEntries(
      Object.entries(parts).map(([key, source]) => [key, Handlebars.compile(source)(SAMPLE)]), // expect: template-injection
    )
    let footer = '<p class="footer">You are receiving this because you have an account with us.</p>'
    if (dto.footer) {
      footer += `<p class="footer-extra">${dto.footer}</p>`
    }
    const html = ejs.render(footer, SAMPLE) // expect: template-injection
    return { ...rendered, footer: html }
  }

  wrapInLayout(body: string) {
    const layout = Handlebars.compile(this.layoutSource ?? '{{{body}}}') // ok: template-injection
    return layout({ body })
  }

  async saveDraft(workspaceId: string, dto: TemplatePreviewDto) {
    try {
      ejs.compile(dto.body) // expect: template-injection
    } catch (err) {
      throw new BadRequestException(`Template does not compile: ${(err as Error).message}`)
    }
    return this.prisma.notificationTemplate.create({ data: { workspaceId, ...dto } })
  }
}

@Injectable()
export class WebhookService {
  constructor(@InjectQueue('webhooks') private readonly queue: Queue) {}

  async sendTest(dto: WebhookTestDto) {
    const res = await axios.post(dto.url, { text: 'Test notification from Acme' }, { timeout: 5000 }) // expect: ssrf
    return { status: res.status }
  }

  async sendTestToKnownHost(dto: WebhookTestDto) {
    const target = new URL(dto.url)
    if (target.protocol !== 'https:' || !WEBHOOK_HOSTS.has(target.hostname)) {
      throw new BadRequestException('Unsupported webhook host')
    }
    const res = await axios.post(target.toString(), { text: 'Test notification from Acme' }, { timeout: 5000 }) // ok: ssrf
    return { status: res.status }
  }

  probe(dto: StatusProbeDto): Promise<number> {
    return new Promise((resolve, reject) => {
      const req = http.request( // expect: ssrf
        { hostname: dto.host, port: Number(dto.port ?? 80), path: dto.path ?? '/health', method: 'GET', timeout: 3000 },
        (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        },
      )
      req.on('error', reject)
      req.end()
    })
  }

  enqueue(workspaceId: string, event: string, payload: unknown) {
    return this.queue.add('deliver', { workspaceId, event, payload }, { attempts: 5, backoff: { type: 'exponential', delay: 2000 } })
  }
}

@Processor('webhooks')
export class WebhookProcessor extends WorkerHost {
  constructor(private readonly prisma: PrismaService) {
    super()
  }

  async process(job: Job<{ workspaceId: string; event: string; payload: unknown }>) {
    const hooks = await this.prisma.webhook.findMany({ where: { workspaceId: job.data.workspaceId, events: { has: job.data.event } } })
    await Promise.all(
      hooks.map((hook) => axios.post(hook.url, { event: job.data.event, data: job.data.payload }, { timeout: 10000 })),
    )
  }
}
