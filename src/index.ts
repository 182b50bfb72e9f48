import { createApp } from './app'
import { ChangesetRoomBase } from './do/changeset-room'
import { createLogger, type Logger } from './log'
import { consumeReviewJobs } from './queue/consumer'
import { consumeDeadLetters } from './queue/dead-letter'
import { recoverChangeset, sweepStuckChangesets } from './queue/recovery'
import { purgeExpiredDiffs, pruneGitHubDeliveries } from './queue/retention'

export { KeyStreams } from './do/key-streams'

/** The changeset room, its watchdog alarm wired to recovery like `scheduled` is to the sweep. */
export class ChangesetRoom extends ChangesetRoomBase {
  protected override async checkStuck(changesetId: string, log: Logger): Promise<number | undefined> {
    const result = await recoverChangeset(this.env, changesetId, log)
    return result.outcome === 'waiting' || result.outcome === 'requeued' ? result.checkAgainAt : undefined
  }
}

const app = createApp()

export default {
  fetch: app.fetch,
  async queue(batch, env) {
    if (batch.queue.endsWith('-dlq')) await consumeDeadLetters(batch, env)
    else await consumeReviewJobs(batch, env)
  },
  async scheduled(_controller, env, ctx) {
    ctx.waitUntil(sweepStuckChangesets(env))
    const log = createLogger({ component: 'retention' })
    ctx.waitUntil(purgeExpiredDiffs(env, log))
    ctx.waitUntil(pruneGitHubDeliveries(env, log))
  },
} satisfies ExportedHandler<Env, unknown>
