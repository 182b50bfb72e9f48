// corpus: path=src/integrations/hooks.controller.ts
import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, UseGuards } from '@nestjs/common'
import { HttpService } from '@nestjs/axios'
import { firstValueFrom } from 'rxjs'
import { createHash } from 'crypto'
import type { Response } from 'express'
import { IsIn, IsString, IsUrl } from 'class-validator'
import { JwtAuthGuard } from '../auth/jwt.guard'
import { IntegrationsService } from './integrations.service'

class TestHookDto {
  @IsUrl({ require_tld: true })
  url!: string

  @IsIn(['push', 'tag', 'release'])
  event!: string
}

class CallbackDto {
  @IsString()
  callback!: string
}

@Controller('integrations')
@UseGuards(JwtAuthGuard)
export class HooksController {
  constructor(
    private readonly http: HttpService,
    private readonly integrations: IntegrationsService,
  ) {}

  @Get()
  list() {
    return this.integrations.findAll()
  }

  @Post('test')
  @HttpCode(200)
  async test(@Body() dto: TestHookDto) {
    const res = await firstValueFrom(this.http.post(dto.url, { event: dto.event, test: true })) // expect: ssrf
    return { status: res.status }
  }

  @Post(':id/callback')
  async callback(@Param('id') id: string, @Body() dto: CallbackDto) {
    const integration = await this.integrations.findOne(id)
    const res = await firstValueFrom(this.http.get(`${integration.baseUrl}/callbacks/${encodeURIComponent(dto.callback)}`)) // ok: ssrf
    return res.data
  }

  @Get('badge')
  badge(@Query('repo') repo: string, @Res() res: Response) {
    const etag = createHash('md5').update(repo).digest('hex') // ok: weak-hash
    res.setHeader('ETag', etag)
    res.type('svg').send(this.integrations.badgeSvg(repo))
  }

  @Get('status')
  status(@Query('name') name: string) {
    return `<p>Integration ${name} is healthy</p>` // expect: xss
  }

  @Post('sign')
  sign(@Body('payload') payload: string, @Body('key') key: string) {
    return { signature: createHash('sha1').update(key + payload).digest('hex') } // expect: weak-hash
  }
}
