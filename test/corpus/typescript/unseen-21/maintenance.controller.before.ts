import { Body, Controller, Get, HttpCode, Logger, Param, Post, Query, UseGuards } from '@nestjs/common'
import { ConfigService } from '@nestjs/config'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { IsIn, IsOptional, IsString } from 'class-validator'
import { AdminGuard } from '../auth/admin.guard'
import { JobsService } from '../jobs/jobs.service'

const execFileAsync = promisify(execFile)

export class RestoreSnapshotDto {
  @IsString()
  snapshot!: string

  @IsString()
  database!: string

  @IsOptional()
  @IsIn(['full', 'schema-only'])
  mode?: 'full' | 'schema-only'
}

export class ReindexDto {
  @IsString()
  index!: string
}

@Controller('admin/maintenance')
@UseGuards(AdminGuard)
export class MaintenanceController {
  private readonly logger = new Logger(MaintenanceController.name)
  private readonly snapshotDir: string

  constructor(
    config: ConfigService,
    private readonly jobs: JobsService,
  ) {
    this.snapshotDir = config.getOrThrow<string>('SNAPSHOT_DIR')
  }

  @Get('snapshots')
  async list() {
    const { stdout } = await execFileAsync('ls', ['-1t', this.snapshotDir])
    return stdout.split('\n').filter(Boolean)
  }

  @Post('restore')
  @HttpCode(202)
  async restore(@Body() dto: RestoreSnapshotDto) {
    const job = await this.jobs.create('restore', { snapshot: dto.snapshot, database: dto.database })
    this.logger.log(`restore ${dto.snapshot} into ${dto.database} requested (job ${job.id})`)

    const file = join(this.snapshotDir, dto.snapshot)
    const info = await stat(file)
    await this.jobs.update(job.id, { bytes: info.size })
    const args = ['--clean', '--if-exists', '-d', dto.database]
    if (dto.mode === 'schema-only') args.push('--schema-only')
    args.push(file)
    await this.jobs.update(job.id, { status: 'queued', args })
    return { jobId: job.id }
  }

  @Post('reindex')
  async reindex(@Body() dto: ReindexDto) {
    await this.jobs.create('reindex', { index: dto.index })
    return { ok: true }
  }

  @Get('jobs/:id')
  async job(@Param('id') id: string) {
    return this.jobs.get(id)
  }
}
