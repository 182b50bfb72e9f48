// corpus: path=src/link-preview/link-preview.controller.ts
import { HttpService } from '@nestjs/axios'
import { BadRequestException, Controller, Get, Query } from '@nestjs/common'
import { firstValueFrom } from 'rxjs'

const PREVIEW_HOSTS = new Set(['github.com', 'gitlab.com', 'docs.python.org', 'developer.mozilla.org'])

@Controller('link-preview')
export class LinkPreviewController {
  constructor(private readonly http: HttpService) {}

  @Get()
  async preview(@Query('url') url: string) {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      throw new BadRequestException('invalid url')
    }
    if (parsed.protocol !== 'https:' || !PREVIEW_HOSTS.has(parsed.hostname)) {
      throw new BadRequestException('host not allowed')
    }
    const { data } = await firstValueFrom(this.http.get<string>(parsed.href, { timeout: 4000, responseType: 'text', maxRedirects: 0 })) // ok: ssrf
    const title = /<title>([^<]*)<\/title>/i.exec(data)?.[1] ?? parsed.href
    return { url: parsed.href, title: title.trim() }
  }
}
