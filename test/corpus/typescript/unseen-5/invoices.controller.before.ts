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
    return this.ds.getRepository('invoice').find({ where: { status, customer } });
  }

  exportPath(fileName: string) {
    return path.join(EXPORT_DIR, 'invoices.csv');
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
    res.download(target);
  }
}
