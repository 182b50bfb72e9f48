// corpus: path=src/reports/reports.service.ts
import { Injectable, Controller, Get, Query, Param, Res } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';
import type { Response } from 'express';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';

const REPORTS_ROOT = '/var/reports';

@Injectable()
export class ReportsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly http: HttpService,
  ) {}

  async byRegion(region: string) {
    return this.prisma.$queryRawUnsafe(`SELECT * FROM sales WHERE region = '${region}'`); // expect: sql-injection
  }

  async byRegionSafe(region: string) {
    return this.prisma.$queryRaw`SELECT * FROM sales WHERE region = ${region}`; // ok: sql-injection
  }

  async archived(name: string) {
    return fs.readFile(join(REPORTS_ROOT, 'archive', name), 'utf8'); // expect: path-traversal
  }

  async pushTo(endpoint: string, body: unknown) {
    const { data } = await firstValueFrom(this.http.post(endpoint, body)); // expect: ssrf
    return data;
  }

  async pushToPartner(body: unknown) {
    const { data } = await firstValueFrom(this.http.post('https://partner.example.com/reports', body)); // ok: ssrf
    return data;
  }
}

@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('region')
  region(@Query('r') region: string) {
    return this.reports.byRegion(region);
  }

  @Get('archive/:name')
  async archive(@Param('name') name: string, @Res() res: Response) {
    res.type('text/csv').send(await this.reports.archived(name));
  }
}
