// corpus: path=src/docs/docs.controller.ts
import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common'
import type { Response } from 'express'
import { createReadStream } from 'node:fs'
import path from 'node:path'

const DOCS_ROOT = path.resolve(process.cwd(), 'content/docs')

@Controller('docs')
export class DocsController {
  @Get('raw/*')
  raw(@Param('0') page: string, @Res() res: Response) {
    const file = path.resolve(DOCS_ROOT, `${page}.md`)
    const rel = path.relative(DOCS_ROOT, file)
    if (rel.startsWith('..') || path.isAbsolute(rel)) throw new NotFoundException()
    res.type('text/markdown')
    createReadStream(file).pipe(res) // ok: path-traversal
  }
}
