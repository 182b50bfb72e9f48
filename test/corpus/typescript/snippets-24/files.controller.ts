import { Controller, Get, Query, Res, Param, Post, Body } from '@nestjs/common'
import type { Response } from 'express'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { exec } from 'node:child_process'

const ROOT = '/srv/exports'

@Controller('files')
export class FilesController {
  @Get('raw')
  raw(@Query('name') name: string, @Res() res: Response) {
    res.sendFile(path.join(ROOT, name)) // expect: path-traversal
  }

  @Get(':id')
  byId(@Param('id') id: string, @Res() res: Response) {
    const safe = path.basename(id)
    res.sendFile(path.join(ROOT, `${safe}.csv`)) // ok: path-traversal
  }

  @Post('archive')
  archive(@Body() body: { folder: string }) {
    exec(`tar czf /tmp/out.tgz ${body.folder}`) // expect: command-injection
    return { queued: true }
  }

  @Get('preview')
  preview(@Query('file') file: string) {
    return fs.readFileSync(`${ROOT}/${file}`, 'utf8') // expect: path-traversal
  }
}
