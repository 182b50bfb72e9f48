// corpus: path=src/notifications/templates.service.ts
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import Handlebars from 'handlebars';
import * as pug from 'pug';
import nunjucks from 'nunjucks';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EmailTemplate } from './email-template.entity';

export interface PreviewDto {
  subject: string;
  body: string;
  sampleData: Record<string, unknown>;
}

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(join(__dirname, 'views')), { autoescape: true });

@Injectable()
export class TemplatesService {
  private readonly layoutCache = new Map<string, pug.compileTemplate>();

  constructor(@InjectRepository(EmailTemplate) private readonly repo: Repository<EmailTemplate>) {}

  async preview(dto: PreviewDto): Promise<{ subject: string; html: string }> {
    const subject = Handlebars.compile(dto.subject, { noEscape: true }); // expect: template-injection
    const html = nunjucks.renderString(dto.body, dto.sampleData); // expect: template-injection
    return { subject: subject(dto.sampleData), html };
  }

  async render(name: string, data: Record<string, unknown>): Promise<string> {
    const tpl = await this.repo.findOneBy({ name });
    if (!tpl) throw new NotFoundException(name);
    return env.render(`${tpl.layout}.njk`, { ...data, content: tpl.body }); // ok: template-injection
  }

  async layout(name: 'default' | 'digest' | 'alert'): Promise<pug.compileTemplate> {
    let fn = this.layoutCache.get(name);
    if (!fn) {
      const source = await readFile(join(__dirname, 'layouts', `${name}.pug`), 'utf8');
      fn = pug.compile(source, { filename: `${name}.pug` }); // ok: template-injection
      this.layoutCache.set(name, fn);
    }
    return fn;
  }

  async saveFromEditor(dto: PreviewDto & { name: string; layout: string }): Promise<EmailTemplate> {
    const footer = pug.render(`p.footer ${dto.subject}`); // expect: template-injection
    const entity = this.repo.create({ name: dto.name, layout: dto.layout, body: dto.body, footer });
    return this.repo.save(entity);
  }

  greeting(name: string): string {
    const fn = Handlebars.compile('<p>Hello {{name}}</p>'); // ok: template-injection
    return fn({ name });
  }
}
