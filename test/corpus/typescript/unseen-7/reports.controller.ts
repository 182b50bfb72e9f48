// corpus: path=src/reports/reports.controller.ts
import { Body, Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import type { Response } from 'express';
import * as ejs from 'ejs';
import escapeHtml from 'escape-html';
import { AuthGuard } from '../auth/auth.guard';
import { ReportsService } from './reports.service';

class RenderReportDto {
  title!: string;
  template!: string;
  sourceUrl!: string;
}

const ALLOWED_SOURCES = new Set(['https://metrics.internal.example.com', 'https://billing.internal.example.com']);

@Controller('reports')
@UseGuards(AuthGuard)
export class ReportsController {
  constructor(private readonly http: HttpService, private readonly reports: ReportsService) {}

  @Get(':id/preview')
  async preview(@Param('id') id: string, @Query('highlight') highlight: string, @Res() res: Response) {
    const report = await this.reports.findOne(id);
    res.send(`<h1>${escapeHtml(report.title)}</h1><p class="hl">${highlight}</p>`); // expect: xss
  }

  @Get(':id/title')
  async title(@Param('id') id: string, @Res() res: Response) {
    const report = await this.reports.findOne(id);
    res.type('html').send(`<h1>${escapeHtml(report.title)}</h1>`); // ok: xss
  }

  @Post('render')
  async render(@Body() dto: RenderReportDto) {
    const rows = await this.reports.summary();
    return ejs.render(dto.template, { rows, title: dto.title }); // expect: template-injection
  }

  @Post('render-standard')
  async renderStandard(@Body() dto: RenderReportDto) {
    const rows = await this.reports.summary();
    return ejs.renderFile('views/report.ejs', { rows, title: dto.title }); // ok: template-injection
  }

  @Post('import')
  async importFrom(@Body() dto: RenderReportDto) {
    const { data } = await firstValueFrom(this.http.get(dto.sourceUrl)); // expect: ssrf
    return this.reports.importRows(data);
  }

  @Post('import-trusted')
  async importTrusted(@Body() dto: RenderReportDto) {
    const origin = new URL(dto.sourceUrl).origin;
    if (!ALLOWED_SOURCES.has(origin)) {
      return { error: 'source not allowed' };
    }
    const { data } = await firstValueFrom(this.http.get(dto.sourceUrl)); // ok: ssrf
    return this.reports.importRows(data);
  }

  @Get('export/:format')
  async exportAs(@Param('format') format: string, @Query('returnTo') returnTo: string, @Res() res: Response) {
    await this.reports.queueExport(format);
    if (returnTo && returnTo.startsWith('/')) {
      return res.redirect(returnTo); // expect: open-redirect
    }
    return res.redirect('/reports'); // ok: open-redirect
  }

  @Get('back')
  back(@Query('returnTo') returnTo: string, @Res() res: Response) {
    const safe = returnTo && returnTo.startsWith('/') && !returnTo.startsWith('//') && !returnTo.startsWith('/\\') ? returnTo : '/reports';
    return res.redirect(safe); // ok: open-redirect
  }
}
