// corpus: path=src/reports/reports.controller.ts
import { BadRequestException, Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

const REPORT_DIR = '/var/lib/reports';
const KNOWN_KINDS = ['daily', 'weekly', 'monthly'] as const;

class CreateReportDto {
  kind!: (typeof KNOWN_KINDS)[number];
  title!: string;
  callbackUrl?: string;
}

@Controller('reports')
export class ReportsController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly http: HttpService,
  ) {}

  @Get()
  async list(@Query('status') status: string, @Query('limit') limit = '20') {
    return this.db.query(
      `SELECT id, title, status FROM reports WHERE status = '${status}' LIMIT ${Number(limit)}`,  // expect: sql-injection
    );
  }

  @Get('mine')
  async mine(@Query('owner') owner: string) {
    return this.db.query('SELECT id, title FROM reports WHERE owner = $1', [owner]);  // ok: sql-injection
  }

  @Get(':id/file')
  download(@Param('id') id: string, @Query('name') name: string, @Res() res: Response) {
    const file = path.join(REPORT_DIR, id, name);
    return res.download(file);  // expect: path-traversal
  }

  @Get(':id/summary')
  summary(@Param('id') id: string) {
    const file = path.join(REPORT_DIR, path.basename(id), 'summary.json');
    return JSON.parse(fs.readFileSync(file, 'utf8'));  // ok: path-traversal
  }

  @Post()
  async create(@Body() dto: CreateReportDto) {
    if (!KNOWN_KINDS.includes(dto.kind)) throw new BadRequestException('unknown kind');
    const id = randomUUID();
    const child = spawn('report-builder', ['--kind', dto.kind, '--id', id]);  // ok: command-injection
    child.on('exit', async (code) => {
      if (dto.callbackUrl) {
        await firstValueFrom(this.http.post(dto.callbackUrl, { id, code }));  // expect: ssrf
      }
    });
    return { id };
  }

  @Post(':id/render')
  async render(@Param('id') id: string, @Body('expression') expression: string) {
    const rows = await this.db.query('SELECT * FROM report_rows WHERE report_id = $1', [id]);
    const pick = new Function('row', `return ${expression};`);  // expect: code-injection
    return rows.map((row: unknown) => pick(row));
  }

  @Get(':id/etag')
  async etag(@Param('id') id: string) {
    const rows = await this.db.query('SELECT updated_at FROM reports WHERE id = $1', [id]);
    return { etag: createHash('md5').update(String(rows[0]?.updated_at)).digest('hex') };  // ok: weak-hash
  }
}
