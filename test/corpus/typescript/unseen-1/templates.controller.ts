// corpus: path=src/templates/templates.controller.ts
import { Body, Controller, Param, Post } from '@nestjs/common';
import * as ejs from 'ejs';
import * as pug from 'pug';
import Handlebars from 'handlebars';
import nunjucks from 'nunjucks';
import _ from 'lodash';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

class PreviewDto {
  template!: string;
  data!: Record<string, unknown>;
}

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(join(__dirname, 'views')), { autoescape: true });
const footer = Handlebars.compile(readFileSync(join(__dirname, 'views', 'footer.hbs'), 'utf8')); // ok: template-injection

@Controller('templates')
export class TemplatesController {
  @Post('preview/ejs')
  previewEjs(@Body() dto: PreviewDto) {
    return ejs.render(dto.template, dto.data); // expect: template-injection
  }

  @Post('preview/pug')
  previewPug(@Body() dto: PreviewDto) {
    return pug.render(dto.template, dto.data); // expect: template-injection
  }

  @Post('preview/handlebars')
  previewHandlebars(@Body('template') source: string, @Body('data') data: object) {
    const compiled = Handlebars.compile(source); // expect: template-injection
    return compiled(data) + footer({});
  }

  @Post('preview/nunjucks')
  previewNunjucks(@Body() dto: PreviewDto) {
    return env.renderString(dto.template, dto.data); // expect: template-injection
  }

  @Post('preview/lodash')
  previewLodash(@Body() dto: PreviewDto) {
    const render = _.template(dto.template); // expect: template-injection
    return render(dto.data);
  }

  @Post('render/:name')
  renderNamed(@Param('name') name: string, @Body() dto: PreviewDto) {
    const safeName = ['welcome', 'receipt', 'reset'].includes(name) ? name : 'welcome';
    return env.render(`${safeName}.njk`, dto.data); // ok: template-injection
  }

  @Post('render-ejs')
  renderEjsFile(@Body() dto: PreviewDto) {
    return ejs.renderFile(join(__dirname, 'views', 'invoice.ejs'), dto.data); // ok: template-injection
  }

  @Post('greeting')
  greeting(@Body('name') name: string) {
    return _.template('Hello <%- name %>!')({ name }); // ok: template-injection
  }
}
