// corpus: path=src/imports/feed.controller.ts
import { readFile } from 'node:fs/promises'
import { Controller, Post, UploadedFile, UseInterceptors } from '@nestjs/common'
import { FileInterceptor } from '@nestjs/platform-express'
import libxmljs from 'libxmljs2'

@Controller('imports')
export class FeedController {
  @Post('feed')
  @UseInterceptors(FileInterceptor('feed', { dest: '/var/uploads' }))
  async importFeed(@UploadedFile() file: Express.Multer.File) {
    const xml = await readFile(file.path, 'utf8')
    const doc = libxmljs.parseXml(xml, { noent: true }) // expect: xxe
    return { products: doc.find('//product').length }
  }
}
