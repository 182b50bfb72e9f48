import { createApp } from './app'
import { consumeReviewJobs } from './queue/consumer'
import { consumeDeadLetters } from './queue/dead-letter'
import { createLogger } from './log'
import { purgeExpiredDiffs } from './recovery/retention'
import { sweepStuckChangesets } from './recovery/sweep'

export { ChangesetRoom } from './do/changeset-room'
export { KeyStreams } from './do/key-streams'

const app = createApp()

export default {
  fetch: app.fetch,
  async queue(batch, env) {
    if (batch.queue.endsWith('-dlq')) await consumeDeadLetters(batch, env)
    else await consumeReviewJobs(batch, env)
  },
  async scheduled(_controller, env, ctx) {
    ctx.waitUntil(sweepStuckChangesets(env))
    ctx.waitUntil(purgeExpiredDiffs(env, createLogger({ component: 'retention' })))
  },
} satisfies ExportedHandler<Env, unknown>
