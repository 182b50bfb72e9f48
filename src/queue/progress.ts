import { notifyRoom } from '../do/notify'
import type { Logger } from '../log'
import type { ReviewJob } from './jobs'

/** At most one progress event per this many milliseconds, plus the first and the last. */
export const PROGRESS_INTERVAL_MS = 500

/** Publishes `progress` events for a run, throttled so a big changeset cannot flood watchers. */
export class ProgressReporter {
  private lastSentAt = 0
  private lastSentDone = -1
  private pending: Promise<void> = Promise.resolve()

  constructor(
    private readonly env: Env,
    private readonly job: ReviewJob,
    private readonly total: number,
    private readonly log: Logger,
  ) {}

  start(): Promise<void> {
    return this.send(0)
  }

  /** Safe to call from synchronous code: sends are chained, never concurrent, never awaited here. */
  update(done: number): void {
    if (Date.now() - this.lastSentAt < PROGRESS_INTERVAL_MS || done >= this.total) return
    this.pending = this.pending.then(() => this.send(done))
  }

  async finish(): Promise<void> {
    await this.pending
    if (this.lastSentDone !== this.total) await this.send(this.total)
  }

  private async send(done: number): Promise<void> {
    this.lastSentAt = Date.now()
    this.lastSentDone = done
    await notifyRoom(
      this.env,
      this.job.changesetId,
      { type: 'progress', revision: this.job.revision, files_done: done, files_total: this.total },
      this.log,
    )
  }
}
