// corpus: path=src/exports/export.controller.ts
import { Controller, Get, NotFoundException, Param, Query, Res, StreamableFile, UseGuards } from '@nestjs/common'
import type { Response } from 'express'
import { createReadStream, existsSync } from 'node:fs'
import { join } from 'node:path'
import { JwtGuard } from '../auth/jwt.guard'
import { ExportService } from './export.service'

const EXPORT_ROOT = '/var/lib/app/exports'

@UseGuards(JwtGuard)
@Controller('exports')
export class ExportController {
  constructor(private readonly exports: ExportService) {}

  @Get(':id')
  async download(@Param('id') id: string) {
    const job = await this.exports.findCompleted(id)
    if (!job) throw new NotFoundException()
    return new StreamableFile(createReadStream(join(EXPORT_ROOT, job.fileName))) // ok: path-traversal
  }

  @Get('by-name/raw')
  raw(@Query('file') file: string, @Res() res: Response) {
    const full = join(EXPORT_ROOT, file)
    if (!existsSync(full)) throw new NotFoundException()
    res.download(full) // expect: path-traversal
  }
}
