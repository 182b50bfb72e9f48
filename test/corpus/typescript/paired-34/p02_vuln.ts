// corpus: path=src/link-preview/link-preview.controller.ts
import { HttpService } from '@nestjs/axios'
import { Controller, Get, Query } from '@nestjs/common'
import { firstValueFrom } from 'rxjs'

@Controller('link-preview')
export class LinkPreviewController {
  constructor(private readonly http: HttpService) {}

  @Get()
  async preview(@Query('url') url: string) {
    const { data } = await firstValueFrom(this.http.get<string>(url, { timeout: 4000, responseType: 'text' })) // expect: ssrf
    const title = /<title>([^<]*)<\/title>/i.exec(data)?.[1] ?? url
    return { url, title: title.trim() }
  }
}
