// corpus: path=src/notifications/notifications.service.ts
import { Injectable, Logger } from '@nestjs/common'
import { InjectRepository } from '@nestjs/typeorm'
import { Repository } from 'typeorm'
import Handlebars from 'handlebars'
import * as ejs from 'ejs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { MailerService } from '@nestjs-modules/mailer'
import { NotificationTemplate } from './notification-template.entity'

export class PreviewTemplateDto {
  subject!: string
  body!: string
  sample?: Record<string, unknown>
}

export class SendDigestDto {
  userId!: string
  locale?: string
}

const TEMPLATE_DIR = join(__dirname, 'templates')
const LOCALES = new Set(['en', 'de', 'fr', 'es'])

@Injectable()
export class NotificationsService {
  private readonly logger = new Logger(NotificationsService.name)
  private readonly compiled = new Map<string, HandlebarsTemplateDelegate>()

  constructor(
    @InjectRepository(NotificationTemplate) private readonly templates: Repository<NotificationTemplate>,
    private readonly mailer: MailerService,
  ) {}

  async preview(dto: PreviewTemplateDto) {
    const render = Handlebars.compile(dto.body) // expect: template-injection
    return { subject: dto.subject, html: render(dto.sample ?? {}) }
  }

  async previewLegacy(dto: PreviewTemplateDto) {
    return ejs.render(dto.body, dto.sample ?? {}) // expect: template-injection
  }

  async sendDigest(dto: SendDigestDto, items: { title: string; url: string }[]) {
    const locale = dto.locale && LOCALES.has(dto.locale) ? dto.locale : 'en'
    const template = await this.load(`digest.${locale}.hbs`)
    const html = template({ items }) // ok: template-injection
    await this.mailer.sendMail({ to: await this.emailFor(dto.userId), subject: 'Your weekly digest', html })
  }

  async sendFromStored(templateId: string, to: string, data: Record<string, unknown>) {
    const row = await this.templates.findOneByOrFail({ id: templateId })
    const render = Handlebars.compile(row.body, { noEscape: false })
    await this.mailer.sendMail({ to, subject: row.subject, html: render(data) })
  }

  private async load(file: string) {
    const cached = this.compiled.get(file)
    if (cached) return cached
    const source = await readFile(join(TEMPLATE_DIR, file), 'utf8')
    const template = Handlebars.compile(source) // ok: template-injection
    this.compiled.set(file, template)
    return template
  }

  private async emailFor(userId: string): Promise<string> {
    const row = await this.templates.manager.query('SELECT email FROM users WHERE id = $1', [userId])
    if (!row[0]) {
      this.logger.warn(`no email for ${userId}`)
      throw new Error('user has no email')
    }
    return row[0].email
  }
}
