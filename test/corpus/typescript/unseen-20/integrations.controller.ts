// corpus: path=src/integrations/integrations.controller.ts
import { Body, Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common'
import { HttpService } from '@nestjs/axios'
import { ConfigService } from '@nestjs/config'
import { InjectRepository } from '@nestjs/typeorm'
import { firstValueFrom } from 'rxjs'
import { Repository, DataSource } from 'typeorm'
import type { Response } from 'express'
import { IsString, IsUrl } from 'class-validator'
import { AuthGuard } from '../auth/auth.guard'
import { Integration } from './integration.entity'

class TestHookDto {
  @IsUrl({ require_tld: true })
  endpoint!: string

  @IsString()
  event!: string
}

@Controller('integrations')
@UseGuards(AuthGuard)
export class IntegrationsController {
  private readonly statusUrl: string

  constructor(
    private readonly http: HttpService,
    private readonly config: ConfigService,
    private readonly dataSource: DataSource,
    @InjectRepository(Integration) private readonly integrations: Repository<Integration>,
  ) {
    this.statusUrl = this.config.getOrThrow<string>('STATUS_PAGE_URL')
  }

  @Post('test')
  async sendTest(@Body() dto: TestHookDto) {
    const res = await firstValueFrom(this.http.post(dto.endpoint, { event: dto.event, test: true })) // expect: ssrf
    return { status: res.status }
  }

  @Get('status')
  async status() {
    const res = await firstValueFrom(this.http.get(`${this.statusUrl}/api/v2/status.json`)) // ok: ssrf
    return res.data
  }

  @Get('search')
  async search(@Query('q') q: string, @Query('sort') sort = 'name') {
    return this.dataSource.query(`SELECT id, name FROM integrations WHERE name LIKE '%${q}%' ORDER BY ${sort}`) // expect: sql-injection
  }

  @Get('by-kind')
  async byKind(@Query('kind') kind: string) {
    return this.integrations
      .createQueryBuilder('i')
      .where('i.kind = :kind', { kind }) // ok: sql-injection
      .orderBy('i.name')
      .getMany()
  }

  @Get('by-owner')
  async byOwner(@Query('owner') owner: string) {
    return this.integrations.createQueryBuilder('i').where(`i.owner = '${owner}'`).getMany() // expect: sql-injection
  }

  @Get(':id/connect')
  async connect(@Param('id') id: string, @Query('redirect_uri') redirectUri: string, @Res() res: Response) {
    const integration = await this.integrations.findOneByOrFail({ id })
    const url = new URL(integration.authorizeUrl)
    url.searchParams.set('redirect_uri', redirectUri)
    url.searchParams.set('state', id)
    return res.redirect(url.toString()) // ok: open-redirect
  }

  @Get('callback')
  async callback(@Query('next') next: string, @Res() res: Response) {
    return res.redirect(next ?? '/integrations') // expect: open-redirect
  }
}
