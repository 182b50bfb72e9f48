import type { ReviewJob } from '../changesets/review-job'
import { notifyRoom } from '../do/notify'
import type { Logger } from '../log'

/** At most one progress event per this many milliseconds, plus the first and the last of each phase. */
export const PROGRESS_INTERVAL_MS = 500

/**
 * Publishes `progress` events for a run, throttled so a big changeset cannot flood watchers.
 * Phase `rules` counts files; phase `ai` counts the AI reviewer's chunks.
 */
export class ProgressReporter {
  private lastSentAt = 0
  private lastSent = ''
  private pending: Promise<void> = Promise.resolve()

  constructor(
    private readonly env: Env,
    private readonly job: ReviewJob,
    private readonly total: number,
    private readonly log: Logger,
  ) {}

  start(): Promise<void> {
    return this.send('rules', 0, this.total)
  }

  /** Safe to call from synchronous code: sends are chained, never concurrent, never awaited here. */
  update(done: number): void {
    if (Date.now() - this.lastSentAt < PROGRESS_INTERVAL_MS || done >= this.total) return
    this.pending = this.pending.then(() => this.send('rules', done, this.total))
  }

  async finish(): Promise<void> {
    await this.pending
    await this.send('rules', this.total, this.total)
  }

  /** Progress of a later phase; the last step of a phase is always sent. */
  async phase(name: 'ai', done: number, total: number): Promise<void> {
    if (done < total && Date.now() - this.lastSentAt < PROGRESS_INTERVAL_MS) return
    this.pending = this.pending.then(() => this.send(name, done, total))
    await this.pending
  }

  private async send(phase: 'rules' | 'ai', done: number, total: number): Promise<void> {
    const key = `${phase}:${done}/${total}`
    if (key === this.lastSent) return
    this.lastSent = key
    this.lastSentAt = Date.now()
    const counts =
      phase === 'rules'
        ? { files_done: done, files_total: total }
        : { files_done: this.total, files_total: this.total, chunks_done: done, chunks_total: total }
    await notifyRoom(this.env, this.job.changesetId, { type: 'progress', revision: this.job.revision, phase, ...counts }, this.log)
  }
}
