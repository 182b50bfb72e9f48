// corpus: path=src/notifications/email-templates.ts
import { Body, Controller, Get, Injectable, NotFoundException, Param, Post } from '@nestjs/common'
import { join } from 'node:path'
import * as pug from 'pug'
import nunjucks from 'nunjucks'
import { Eta } from 'eta'
import Handlebars from 'handlebars'
import template from 'lodash/template'
import { TemplatesRepository } from './templates.repository'

const TEMPLATE_DIR = join(__dirname, '..', '..', 'templates', 'email')

// Built-in layouts ship with the code; tenants pick one by key and fill in the blanks.
const BUILT_IN: Record<string, string> = {
  welcome: 'Hi {{firstName}}, welcome to {{workspace}}!',
  invoice: 'Invoice {{number}} for {{amount}} is ready.',
}

export class PreviewDto {
  subject!: string
  body!: string
  footer?: string
  layout?: string
  sample?: Record<string, unknown>
}

@Injectable()
export class EmailTemplatesService {
  private readonly env = nunjucks.configure(TEMPLATE_DIR, { autoescape: true })
  private readonly eta = new Eta({ views: TEMPLATE_DIR, autoEscape: true })
  private readonly handlebars = Handlebars.create()
  private readonly invoiceLayout = pug.compileFile(join(TEMPLATE_DIR, 'invoice.pug')) // ok: template-injection

  constructor(private readonly repo: TemplatesRepository) {}

  renderWelcome(name: string, workspace: string): string {
    return this.env.render('welcome.njk', { name, workspace }) // ok: template-injection
  }

  renderReceipt(data: Record<string, unknown>): string {
    return this.eta.render('./receipt', data) // ok: template-injection
  }

  renderInvoice(data: Record<string, unknown>): string {
    return this.invoiceLayout(data)
  }

  renderBuiltIn(key: string, data: Record<string, unknown>): string {
    const source = BUILT_IN[key]
    if (!source) throw new NotFoundException(`no layout ${key}`)
    return this.handlebars.compile(source)(data) // ok: template-injection
  }

  // The preview endpoint compiles whatever the editor posts. Pug, Nunjucks, Eta and lodash's
  // template all run JavaScript from the template text, so a tenant admin can run code on the
  // server by typing it into the subject or body field.
  preview(dto: PreviewDto): { subject: string; html: string; footer: string } {
    const sample = dto.sample ?? { firstName: 'Ada', workspace: 'Acme' }
    const subject = new nunjucks.Template(dto.subject, this.env).render(sample) // expect: template-injection
    const html = dto.layout === 'pug'
      ? pug.compile(dto.body, { pretty: false })(sample) // expect: template-injection
      : this.eta.renderString(dto.body, sample) // expect: template-injection
    const footer = dto.footer
      ? template(dto.footer, { interpolate: /{{([\s\S]+?)}}/g })(sample) // expect: template-injection
      : ''
    return { subject, html, footer }
  }

  previewHeader(header: string, sample: Record<string, unknown>): string {
    const compiled = this.handlebars.compile(header) // expect: template-injection
    return compiled(sample)
  }

  async renderStored(templateId: string, data: Record<string, unknown>): Promise<string> {
    const stored = await this.repo.findById(templateId)
    if (!stored) throw new NotFoundException()
    return this.env.render(`custom/${stored.kind}.njk`, { ...data, blocks: stored.blocks }) // ok: template-injection
  }
}

@Controller('email-templates')
export class EmailTemplatesController {
  constructor(private readonly templates: EmailTemplatesService) {}

  @Post('preview')
  preview(@Body() dto: PreviewDto) {
    return this.templates.preview(dto)
  }

  @Post('preview-header')
  previewHeader(@Body('header') header: string, @Body('sample') sample: Record<string, unknown>) {
    return { html: this.templates.previewHeader(header, sample ?? {}) }
  }

  @Get('built-in/:key')
  builtIn(@Param('key') key: string) {
    return { html: this.templates.renderBuiltIn(key, { firstName: 'Ada', workspace: 'Acme', number: 'INV-1', amount: '$10' }) }
  }
}
