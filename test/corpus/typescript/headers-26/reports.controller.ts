// corpus: path=src/reports/reports.controller.ts
import { Controller, Get, Header, Param, ParseIntPipe, Query, Res } from '@nestjs/common'
import type { Response } from 'express'
import { ReportsService } from './reports.service'

@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get(':id/download')
  async download(@Param('id', ParseIntPipe) id: number, @Query('name') name: string, @Res() res: Response) {
    const pdf = await this.reports.renderPdf(id)
    res.setHeader('Content-Type', 'application/pdf')  // ok: header-injection
    res.setHeader('Content-Disposition', `attachment; filename="${name || `report-${id}`}.pdf"`)  // expect: header-injection
    res.send(pdf)
  }

  @Get(':id/csv')
  @Header('Content-Type', 'text/csv')
  async csv(@Param('id', ParseIntPipe) id: number, @Res() res: Response) {
    const csv = await this.reports.renderCsv(id)
    res.setHeader('Content-Disposition', `attachment; filename="report-${id}.csv"`)  // ok: header-injection
    res.send(csv)
  }
}
