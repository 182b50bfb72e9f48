// corpus: path=src/admin/maintenance.controller.ts
import { Body, Controller, Get, HttpCode, Logger, Param, Post, Query, UseGuards } from '@nestjs/common'
import { ConfigService } from '@nestjs/config'
import { exec, execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { IsIn, IsOptional, IsString } from 'class-validator'
import { AdminGuard } from '../auth/admin.guard'
import { JobsService } from '../jobs/jobs.service'

const execFileAsync = promisify(execFile)
const execAsync = promisify(exec)

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
    await this.jobs.update(job.id, { status: 'running', args })
    await execFileAsync('pg_restore', args, { timeout: 30 * 60_000 }) // ok: command-injection
    await execAsync(`psql -d ${dto.database} -c "ANALYZE"`) // expect: command-injection
    await this.jobs.update(job.id, { status: 'done' })
    return { jobId: job.id }
  }

  @Post('reindex')
  async reindex(@Body() dto: ReindexDto) {
    await this.jobs.create('reindex', { index: dto.index })
    const { stdout } = await execAsync(`curl -s -X POST http://localhost:9200/${dto.index}/_refresh`) // expect: command-injection
    return { ok: true, output: stdout }
  }

  @Get('jobs/:id')
  async job(@Param('id') id: string) {
    return this.jobs.get(id)
  }

  @Get('disk')
  async disk(@Query('mount') mount = '/') {
    const mounts = new Set(['/', '/var', '/srv'])
    const target = mounts.has(mount) ? mount : '/'
    const { stdout } = await execAsync(`df -h ${target}`) // ok: command-injection
    return stdout
  }
}
