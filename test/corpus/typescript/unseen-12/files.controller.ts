// corpus: path=src/files/files.controller.ts
import { Body, Controller, Get, NotFoundException, Param, Post, Query, Res } from '@nestjs/common'
import { InjectDataSource } from '@nestjs/typeorm'
import type { Response } from 'express'
import { createReadStream, existsSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { spawn } from 'node:child_process'
import { DataSource } from 'typeorm'

const UPLOADS = resolve(process.env.UPLOAD_DIR ?? '/var/uploads')

@Controller('files')
export class FilesController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  async list(@Query('owner') owner: string, @Query('ext') ext = 'pdf') {
    return this.dataSource.query(`SELECT id, name FROM files WHERE owner = '${owner}' AND name LIKE '%.${ext}'`) // expect: sql-injection
  }

  @Get('by-tag')
  async byTag(@Query('tag') tag: string) {
    return this.dataSource.query('SELECT id, name FROM files WHERE $1 = ANY(tags)', [tag]) // ok: sql-injection
  }

  @Get('raw/:name')
  download(@Param('name') name: string, @Res() res: Response) {
    const full = join(UPLOADS, name)
    if (!existsSync(full)) throw new NotFoundException()
    createReadStream(full).pipe(res) // expect: path-traversal
  }

  @Get('safe/:name')
  downloadSafe(@Param('name') name: string, @Res() res: Response) {
    const full = join(UPLOADS, basename(name))
    if (!existsSync(full)) throw new NotFoundException()
    createReadStream(full).pipe(res) // ok: path-traversal
  }

  @Post('thumbnail')
  thumbnail(@Body() body: { name: string; size: number }) {
    const size = Math.min(Math.max(Number(body.size) || 128, 16), 1024)
    const child = spawn('convert', [join(UPLOADS, basename(body.name)), '-resize', `${size}x${size}`, '-']) // ok: command-injection
    return new Promise<number>((done) => child.on('close', done))
  }

  @Post('convert')
  convert(@Body() body: { name: string; format: string }) {
    const child = spawn(`convert ${body.name} out.${body.format}`, { shell: true, cwd: UPLOADS }) // expect: command-injection
    return new Promise<number>((done) => child.on('close', done))
  }
}
