// corpus: path=src/ops/ops.controller.ts
import { Controller, Get, Logger } from '@nestjs/common'
import { Cron, CronExpression } from '@nestjs/schedule'
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator, MemoryHealthIndicator } from '@nestjs/terminus'
import { PostHog } from 'posthog-node'
import { DataSource } from 'typeorm'
import { Storage } from '@google-cloud/storage'

const posthog = new PostHog(process.env.POSTHOG_KEY ?? '', { host: 'https://eu.i.posthog.com' })

export async function isEnabled(flag: 'bulk-edit' | 'new-billing', userId: string): Promise<boolean> {
  return (await posthog.isFeatureEnabled(flag, userId)) === true
}

@Controller()
export class OpsController {
  private readonly logger = new Logger(OpsController.name)

  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly memory: MemoryHealthIndicator,
    private readonly dataSource: DataSource,
  ) {}

  @Get('health')
  @HealthCheck()
  check() {
    return this.health.check([() => this.database.pingCheck('database', { timeout: 1500 }), () => this.memory.checkHeap('heap', 512 * 1024 * 1024)])
  }

  @Cron(CronExpression.EVERY_DAY_AT_3AM)
  async exportUsage() {
    const day = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
    const rows: { team_id: string; events: string }[] = await this.dataSource.query(
      'SELECT team_id, count(*) AS events FROM usage_events WHERE created_at::date = $1 GROUP BY team_id ORDER BY team_id',
      [day],
    )
    const body = rows.map((r) => JSON.stringify({ teamId: r.team_id, events: Number(r.events), day })).join('\n')
    await new Storage().bucket(process.env.EXPORT_BUCKET!).file(`usage/${day}.jsonl`).save(body, { contentType: 'application/x-ndjson' })
    this.logger.log(`usage export for ${day}: ${rows.length} teams`)
  }
}
