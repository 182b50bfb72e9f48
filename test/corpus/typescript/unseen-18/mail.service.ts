// corpus: path=src/mail/mail.service.ts
import { Injectable, Logger } from '@nestjs/common'
import { ConfigService } from '@nestjs/config'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import Handlebars from 'handlebars'
import nodemailer, { Transporter } from 'nodemailer'
import { CampaignDto } from './dto/campaign.dto'

const TEMPLATE_DIR = join(__dirname, 'templates')

@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name)
  private readonly transport: Transporter
  private readonly compiled = new Map<string, Handlebars.TemplateDelegate>()

  constructor(private readonly config: ConfigService) {
    this.transport = nodemailer.createTransport({
      host: config.getOrThrow<string>('SMTP_HOST'),
      port: config.get<number>('SMTP_PORT', 587),
      auth: { user: config.getOrThrow<string>('SMTP_USER'), pass: config.getOrThrow<string>('SMTP_PASSWORD') },
    })
  }

  private async template(name: 'welcome' | 'reset' | 'digest'): Promise<Handlebars.TemplateDelegate> {
    let template = this.compiled.get(name)
    if (!template) {
      const source = await readFile(join(TEMPLATE_DIR, `${name}.hbs`), 'utf8')
      template = Handlebars.compile(source) // ok: template-injection
      this.compiled.set(name, template)
    }
    return template
  }

  async sendWelcome(to: string, name: string): Promise<void> {
    const render = await this.template('welcome')
    await this.transport.sendMail({ to, subject: 'Welcome!', html: render({ name }) })
  }

  async previewCampaign(dto: CampaignDto): Promise<string> {
    const render = Handlebars.compile(dto.body) // expect: template-injection
    return render({ firstName: 'Ada', unsubscribeUrl: '#' })
  }

  async sendCampaign(dto: CampaignDto, recipients: Array<{ email: string; firstName: string }>): Promise<number> {
    const render = await this.template('digest')
    let sent = 0
    for (const recipient of recipients) {
      try {
        await this.transport.sendMail({ to: recipient.email, subject: dto.subject, html: render({ ...recipient, intro: dto.intro }) })
        sent++
      } catch (error) {
        this.logger.warn(`campaign mail to ${recipient.email} failed: ${(error as Error).message}`)
      }
    }
    return sent
  }
}
