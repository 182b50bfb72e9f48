// corpus: path=src/templates/preview.controller.ts
import { Body, Controller, Post } from '@nestjs/common';
import * as ejs from 'ejs';
import * as nunjucks from 'nunjucks';
import * as Handlebars from 'handlebars';

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader('templates'), { autoescape: true });
const invoiceTemplate = Handlebars.compile('<p>Invoice {{number}} for {{customer}}</p>');

@Controller('templates')
export class PreviewController {
  @Post('preview')
  preview(@Body() body: { template: string; data: Record<string, unknown> }) {
    return nunjucks.renderString(body.template, body.data); // expect: template-injection
  }

  @Post('preview-ejs')
  previewEjs(@Body() body: { template: string; data: Record<string, unknown> }) {
    return ejs.render(body.template, body.data); // expect: template-injection
  }

  @Post('invoice')
  invoice(@Body() body: { number: string; customer: string }) {
    return invoiceTemplate(body); // ok: template-injection
  }

  @Post('render')
  render(@Body() body: { name: string; data: Record<string, unknown> }) {
    return env.render('emails/base.njk', { ...body.data, name: body.name }); // ok: template-injection
  }
}
