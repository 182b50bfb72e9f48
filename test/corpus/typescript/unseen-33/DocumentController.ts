// corpus: path=src/controllers/DocumentController.ts
// routing-controllers: @QueryParam, @Param and @Body hand the handler what the API client sent.
import { Body, Get, JsonController, Param, Post, QueryParam, Res, Authorized, CurrentUser } from 'routing-controllers'
import type { Response } from 'express'
import { Service } from 'typedi'
import path from 'node:path'
import { promises as fs } from 'node:fs'
import { exec, execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { DataSource } from 'typeorm'
import { IsIn, IsString, MaxLength } from 'class-validator'

const run = promisify(exec)
const runFile = promisify(execFile)
const DOCS_ROOT = '/srv/docs'

class ConvertRequest {
  @IsString()
  @MaxLength(120)
  name!: string

  @IsIn(['pdf', 'docx', 'odt'])
  format!: string
}

@Service()
@JsonController('/documents')
@Authorized()
export class DocumentController {
  constructor(private readonly db: DataSource) {}

  @Get('/search')
  async search(@QueryParam('q') q: string, @CurrentUser() user: { id: number }) {
    return this.db.query(`SELECT id, title FROM documents WHERE owner_id = $1 AND title ILIKE '%${q}%'`, [user.id]) // expect: sql-injection
  }

  @Get('/find')
  async find(@QueryParam('q') q: string, @CurrentUser() user: { id: number }) {
    return this.db.query('SELECT id, title FROM documents WHERE owner_id = $1 AND title ILIKE $2', [user.id, `%${q}%`]) // ok: sql-injection
  }

  @Get('/raw/:name')
  async raw(@Param('name') name: string, @Res() res: Response) {
    const body = await fs.readFile(path.join(DOCS_ROOT, name)) // expect: path-traversal
    res.type('application/octet-stream').send(body)
    return res
  }

  @Get('/file/:id')
  async file(@Param('id') id: number, @Res() res: Response) {
    const body = await fs.readFile(path.join(DOCS_ROOT, `${Number(id)}.bin`)) // ok: path-traversal
    res.type('application/octet-stream').send(body)
    return res
  }

  @Post('/convert')
  async convert(@Body() body: { name: string; format: string }) {
    const { stdout } = await run(`soffice --headless --convert-to ${body.format} ${DOCS_ROOT}/${body.name}`) // expect: command-injection
    return { log: stdout }
  }

  @Post('/convert/v2')
  async convertChecked(@Body({ validate: true }) body: ConvertRequest) {
    const source = path.join(DOCS_ROOT, path.basename(body.name))
    const { stdout } = await runFile('soffice', ['--headless', '--convert-to', body.format, source]) // ok: command-injection
    return { log: stdout }
  }
}
