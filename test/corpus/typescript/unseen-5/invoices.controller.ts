import { Controller, Get, Injectable, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import * as fs from 'node:fs';
import * as path from 'node:path';

const EXPORT_DIR = '/var/exports';

@Injectable()
export class InvoicesService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  list(status: string, customer: string) {
    return this.ds.query(`SELECT * FROM invoice WHERE status = '${status}' AND customer_id = $1`, [customer]); // expect: sql-injection
  }

  exportPath(fileName: string) {
    return path.join(EXPORT_DIR, fileName); // expect: path-traversal
  }
}

@Controller('invoices')
export class InvoicesController {
  constructor(private readonly invoices: InvoicesService) {}

  @Get()
  list(@Query('status') status: string, @Query('customer') customer: string) {
    return this.invoices.list(status, customer);
  }

  @Get('export')
  export(@Query('file') file: string, @Res() res: Response) {
    const target = this.invoices.exportPath(file);
    res.download(target); // also: path-traversal
  }
}
