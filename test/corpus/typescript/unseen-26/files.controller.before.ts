import { Controller, Get, Param, Res, NotFoundException, Logger } from '@nestjs/common'
import type { Response } from 'express'
import { FilesService } from './files.service'

@Controller('files')
export class FilesController {
  private readonly logger = new Logger(FilesController.name)

  constructor(private readonly files: FilesService) {}

  @Get(':id')
  async download(@Param('id') id: string, @Res() res: Response) {
    const file = await this.files.findById(id)
    if (!file) throw new NotFoundException()
    res.download(file.storagePath, file.originalName)
  }
}
