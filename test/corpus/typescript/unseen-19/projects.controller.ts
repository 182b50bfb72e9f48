// corpus: path=src/projects/projects.controller.ts
import { Body, Controller, Get, HttpCode, NotFoundException, Param, Post, Query, Res, UseGuards } from '@nestjs/common'
import { InjectRepository } from '@nestjs/typeorm'
import { HttpService } from '@nestjs/axios'
import { firstValueFrom } from 'rxjs'
import type { Response } from 'express'
import { Repository } from 'typeorm'
import { execFile, exec } from 'node:child_process'
import { promisify } from 'node:util'
import * as path from 'node:path'
import { JwtAuthGuard } from '../auth/jwt-auth.guard'
import { PrismaService } from '../prisma/prisma.service'
import { Project } from './project.entity'
import { CreateProjectDto } from './dto/create-project.dto'

const execFileAsync = promisify(execFile)
const execAsync = promisify(exec)
const ARCHIVE_ROOT = '/var/lib/projects/archives'
const STATUSES = ['active', 'archived', 'draft'] as const

@Controller('projects')
@UseGuards(JwtAuthGuard)
export class ProjectsController {
  constructor(
    @InjectRepository(Project) private readonly projects: Repository<Project>,
    private readonly prisma: PrismaService,
    private readonly http: HttpService,
  ) {}

  @Get()
  async list(@Query('status') status?: string, @Query('owner') owner?: string) {
    const where = STATUSES.includes(status as (typeof STATUSES)[number]) ? status : 'active'
    return this.projects.query(`SELECT id, name, status FROM project WHERE status = $1 AND owner_id = $2`, [where, owner]) // ok: sql-injection
  }

  @Get('search')
  async search(@Query('term') term: string) {
    return this.projects.query(`SELECT id, name FROM project WHERE name ILIKE '%${term}%' ORDER BY name`) // expect: sql-injection
  }

  @Get('stats')
  async stats(@Query('groupBy') groupBy: string) {
    return this.prisma.$queryRawUnsafe(`SELECT ${groupBy}, count(*) AS n FROM "Project" GROUP BY ${groupBy}`) // expect: sql-injection
  }

  @Get('recent')
  async recent(@Query('days') days = '7') {
    const since = new Date(Date.now() - Number(days) * 86_400_000)
    return this.prisma.$queryRaw`SELECT id, name FROM "Project" WHERE "createdAt" > ${since}` // ok: sql-injection
  }

  @Get(':id')
  async findOne(@Param('id') id: string) {
    const project = await this.projects.findOne({ where: { id } })
    if (!project) throw new NotFoundException()
    return project
  }

  @Post()
  async create(@Body() dto: CreateProjectDto) {
    const project = this.projects.create({ name: dto.name, status: 'draft' })
    return this.projects.save(project)
  }

  @Post(':id/clone')
  @HttpCode(202)
  async clone(@Param('id') id: string, @Body('repoUrl') repoUrl: string) {
    const target = path.join(ARCHIVE_ROOT, id.replace(/[^a-zA-Z0-9-]/g, ''))
    await execFileAsync('git', ['clone', '--depth', '1', '--', repoUrl, target]) // ok: command-injection
    return { queued: true }
  }

  @Post(':id/build')
  @HttpCode(202)
  async build(@Param('id') id: string, @Body('branch') branch: string) {
    const { stdout } = await execAsync(`cd ${ARCHIVE_ROOT}/${id} && git checkout ${branch} && npm run build`) // expect: command-injection
    return { log: stdout.slice(-4000) }
  }

  @Get(':id/archive')
  async download(@Param('id') id: string, @Query('file') file: string, @Res() res: Response) {
    res.sendFile(path.join(ARCHIVE_ROOT, id, file)) // expect: path-traversal
  }

  @Get(':id/archive/latest')
  async latest(@Param('id') id: string, @Res() res: Response) {
    const project = await this.projects.findOneOrFail({ where: { id } })
    res.sendFile(`${project.id}.tar.gz`, { root: ARCHIVE_ROOT }) // ok: path-traversal
  }

  @Post(':id/webhook-test')
  async testWebhook(@Param('id') id: string, @Body('url') url: string) {
    const response = await firstValueFrom(this.http.post(url, { projectId: id, event: 'ping' })) // expect: ssrf
    return { status: response.status }
  }

  @Post(':id/notify')
  async notify(@Param('id') id: string) {
    const project = await this.projects.findOneOrFail({ where: { id } })
    const response = await firstValueFrom(this.http.post(project.webhookUrl, { projectId: id, event: 'notify' }))
    return { status: response.status }
  }
}
