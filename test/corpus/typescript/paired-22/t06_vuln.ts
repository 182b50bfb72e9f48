// corpus: path=src/integrations/preview.service.ts
import { Injectable, BadRequestException } from '@nestjs/common'
import axios from 'axios'

@Injectable()
export class LinkPreviewService {
  async preview(url: string) {
    if (!/^https?:\/\//.test(url)) throw new BadRequestException('http(s) only')
    const { data } = await axios.get<string>(url, { timeout: 4000, maxContentLength: 512_000 }) // expect: ssrf
    const title = /<title>([^<]*)<\/title>/i.exec(data)?.[1] ?? url
    return { url, title }
  }
}

import { Controller, Get, Query } from '@nestjs/common'

@Controller('links')
export class LinksController {
  constructor(private readonly previews: LinkPreviewService) {}

  @Get('preview')
  preview(@Query('url') url: string) {
    return this.previews.preview(url)
  }
}
