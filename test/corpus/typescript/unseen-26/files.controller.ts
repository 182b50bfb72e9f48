// corpus: path=src/files/files.controller.ts
import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  NotFoundException,
  Logger,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common'
import { FileInterceptor } from '@nestjs/platform-express'
import type { Response } from 'express'
import path from 'node:path'
import * as yaml from 'js-yaml'
import serialize from 'node-serialize'
import { FilesService } from './files.service'

const TEMPLATE_DIR = path.join(process.cwd(), 'templates')

@Controller('files')
export class FilesController {
  private readonly logger = new Logger(FilesController.name)

  constructor(private readonly files: FilesService) {}

  @Get(':id')
  async download(@Param('id') id: string, @Res() res: Response) {
    const file = await this.files.findById(id)
    if (!file) {
      this.logger.warn(`download of unknown file ${id}`) // expect: log-injection
      throw new NotFoundException()
    }
    this.logger.log(`download ${file.id} (${file.originalName})`)
    res.download(file.storagePath, file.originalName) // ok: path-traversal
  }

  @Get('by-uuid/:id')
  async downloadByUuid(@Param('id', ParseUUIDPipe) id: string, @Res() res: Response) {
    const file = await this.files.findById(id)
    this.logger.log(`download by uuid ${id}`) // ok: log-injection
    if (!file) throw new NotFoundException()
    res.download(file.storagePath, file.originalName)
  }

  @Get('templates/:name')
  template(@Param('name') name: string, @Res() res: Response) {
    res.sendFile(name, { root: TEMPLATE_DIR }) // ok: path-traversal
  }

  @Get('preview')
  preview(@Query('path') p: string, @Res() res: Response) {
    res.sendFile(path.join(TEMPLATE_DIR, p)) // expect: path-traversal
  }

  @Post('import/manifest')
  @UseInterceptors(FileInterceptor('manifest'))
  async importManifest(@UploadedFile() upload: Express.Multer.File) {
    const manifest = yaml.load(upload.buffer.toString('utf8')) as { files: string[] } // ok: unsafe-deserialization
    return this.files.importList(manifest.files)
  }

  @Post('import/state')
  async importState(@Body('state') state: string) {
    const restored = serialize.unserialize(Buffer.from(state, 'base64').toString('utf8')) // expect: unsafe-deserialization
    return this.files.restore(restored)
  }
}
