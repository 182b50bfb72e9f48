// corpus: path=src/reports/reports.controller.ts
import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Response } from 'express';
import { readFile } from 'fs/promises';
import * as path from 'path';

const REPORT_DIR = '/var/lib/reports';

class ExportDto {
  format!: string;
  columns!: string[];
}

@Controller('reports')
export class ReportsController {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  @Get()
  async list(@Query('status') status: string, @Query('sort') sort = 'created_at') {
    const qb = this.ds.createQueryBuilder().select('r').from('report', 'r');
    qb.where('r.status = :status', { status }); // ok: sql-injection
    qb.orderBy(`r.${sort}`); // expect: sql-injection
    return qb.getMany();
  }

  @Get('by-owner')
  async byOwner(@Query() q: { owner: string }) {
    return this.ds.query(`SELECT * FROM report WHERE owner = '${q.owner}'`); // expect: sql-injection
  }

  @Get('files/:name')
  async file(@Param('name') name: string, @Res() res: Response) {
    const data = await readFile(path.join(REPORT_DIR, name)); // expect: path-traversal
    res.type('application/pdf').send(data);
  }

  @Get('files-safe/:name')
  async fileSafe(@Param('name') name: string, @Res() res: Response) {
    const data = await readFile(path.join(REPORT_DIR, path.basename(name))); // ok: path-traversal
    res.type('application/pdf').send(data);
  }

  @Post('export')
  async export(@Body() dto: ExportDto) {
    const cols = dto.columns.join(', ');
    return this.ds.query(`SELECT ${cols} FROM report LIMIT 1000`); // expect: sql-injection
  }

  @Get('back')
  back(@Query('next') next: string, @Res() res: Response) {
    return res.redirect(next); // expect: open-redirect
  }
}
