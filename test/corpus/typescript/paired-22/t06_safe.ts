// corpus: path=src/integrations/preview.service.ts
import { Injectable, BadRequestException } from '@nestjs/common'
import axios from 'axios'

const PREVIEWABLE = new Set(['github.com', 'gitlab.com', 'www.youtube.com', 'vimeo.com'])

@Injectable()
export class LinkPreviewService {
  async preview(url: string) {
    const parsed = new URL(url)
    if (parsed.protocol !== 'https:' || !PREVIEWABLE.has(parsed.hostname)) throw new BadRequestException('unsupported host')
    const { data } = await axios.get<string>(parsed.toString(), { timeout: 4000, maxContentLength: 512_000 }) // ok: ssrf
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
