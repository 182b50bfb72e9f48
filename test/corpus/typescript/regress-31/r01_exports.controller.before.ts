import { Body, Controller, Get, NotFoundException, Param, Post, Req, UseGuards } from '@nestjs/common'
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { Request } from 'express'
import { js2xml } from 'xml-js'
import { AuthGuard } from '../auth/auth.guard'
import { DashboardsService } from '../dashboards/dashboards.service'

const EXPORT_ROOT = process.env.EXPORT_ROOT ?? '/var/lib/app/exports'

interface ExportRequest {
  dashboardId: string
  format?: 'csv' | 'json' | 'xml' | 'yaml'
  name?: string
}

@Controller('exports')
@UseGuards(AuthGuard)
export class ExportsController {
  constructor(private readonly dashboards: DashboardsService) {}

  @Post()
  async create(@Body() body: ExportRequest, @Req() req: Request & { user: { id: string } }) {
    const name = body.name ?? `dashboard-${body.dashboardId}`
    const dashboard = await this.dashboards.findForUser(body.dashboardId, req.user.id)
    if (!dashboard) throw new NotFoundException()
    const dir = join(EXPORT_ROOT, req.user.id)
    await mkdir(dir, { recursive: true })
    const rows = await this.dashboards.rows(dashboard)
    let file: string
    switch (body.format ?? 'csv') {
      case 'json':
        file = join(dir, `${basename(name)}.json`)
        await writeFile(file, JSON.stringify(rows))
        break
      default:
        file = join(dir, `${basename(name)}.csv`)
        await writeFile(file, this.dashboards.toCsv(rows))
    }
    return { file: basename(file) }
  }

  @Get()
  async list(@Req() req: Request & { user: { id: string } }) {
    const dir = join(EXPORT_ROOT, req.user.id)
    const files = await readdir(dir).catch(() => [] as string[])
    return { files }
  }

  @Get(':dashboardId/latest')
  async latest(@Param('dashboardId') dashboardId: string, @Req() req: Request & { user: { id: string } }) {
    const dashboard = await this.dashboards.findForUser(dashboardId, req.user.id)
    if (!dashboard) throw new NotFoundException()
    return { exportedAt: dashboard.lastExportedAt ?? null }
  }
}
