// corpus: path=src/admin/admin.controller.ts
import { Controller, Get, Param, Post, Query, Res, Body, BadRequestException } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { execFile, exec } from 'node:child_process';
import { promisify } from 'node:util';
import * as path from 'node:path';

const run = promisify(exec);
const runFile = promisify(execFile);
const REPORTS = '/var/reports';

@Controller('admin')
export class AdminController {
  constructor(private readonly db: DataSource) {}

  @Get('audit')
  async audit(@Query('actor') actor: string, @Query('since') since: string) {
    const filters: string[] = [];
    if (actor) filters.push(`actor = '${actor}'`);
    if (since) filters.push(`created_at >= '${since}'`);
    const where = filters.length ? `WHERE ${filters.join(' AND ')}` : '';
    return this.db.query(`SELECT * FROM audit_log ${where} ORDER BY created_at DESC LIMIT 100`); // expect: sql-injection
  }

  @Get('audit-safe')
  async auditSafe(@Query('actor') actor: string) {
    return this.db.query('SELECT * FROM audit_log WHERE actor = $1 ORDER BY created_at DESC LIMIT 100', [actor]); // ok: sql-injection
  }

  @Post('reindex')
  async reindex(@Body('index') index: string) {
    const name = index.trim();
    const cmd = ['curl -s -XPOST localhost:9200', name, '_refresh'].join('/');
    const { stdout } = await run(cmd); // expect: command-injection
    return { output: stdout };
  }

  @Post('reindex-safe')
  async reindexSafe(@Body('index') index: string) {
    if (!/^[a-z0-9-]+$/.test(index)) throw new BadRequestException('bad index name');
    const { stdout } = await runFile('curl', ['-s', '-XPOST', `localhost:9200/${index}/_refresh`]); // ok: command-injection
    return { output: stdout };
  }

  @Get('reports/:name')
  report(@Param('name') name: string, @Res() res: Response) {
    const file = path.join(REPORTS, name);
    return res.sendFile(file); // expect: path-traversal
  }

  @Get('goto')
  goto(@Query('next') next: string, @Res() res: Response) {
    return res.redirect(next); // expect: open-redirect
  }
}
