import type { ReviewJob } from '../changesets/review-job'
import { notifyRoomAll } from '../do/notify'
import type { RoomEventInput } from '../do/events'
import type { Logger } from '../log'

/** At most one progress event per this many milliseconds, plus the first and the last of each phase. */
export const PROGRESS_INTERVAL_MS = 500

/**
 * Publishes a run's events to its room, in order, throttled so a big changeset cannot flood
 * watchers. Phase `rules` counts files; phase `ai` counts the AI reviewer's chunks.
 * Round trips to the room are the review's other cost after D1, so events travel together:
 * `in_progress` with `rules 0/N`, and the last step of a phase waits (`held`) to go out with
 * whatever comes next (the next phase, or the counts and `reviewed` after the commit).
 */
export class ProgressReporter {
  private lastSentAt = 0
  private lastSent = ''
  private held: RoomEventInput[] = []
  private pending: Promise<void> = Promise.resolve()

  constructor(
    private readonly env: Env,
    private readonly job: ReviewJob,
    private readonly total: number,
    private readonly log: Logger,
  ) {}

  /**
   * Announces `first` (the run's `in_progress`) and `rules 0/N`, and arms the changeset's watchdog
   * for `watchAt` (just past the run's lease), in one call.
   */
  start(first: RoomEventInput, watchAt: number): Promise<void> {
    return this.send([first, this.event('rules', 0, this.total)], watchAt)
  }

  /** Safe to call from synchronous code: sends are chained, never concurrent, never awaited here. */
  update(done: number): void {
    if (Date.now() - this.lastSentAt < PROGRESS_INTERVAL_MS || done >= this.total) return
    this.send([this.event('rules', done, this.total)])
  }

  /** The rules phase is done; its last step goes out with the next events. */
  finish(): void {
    this.held = [this.event('rules', this.total, this.total)]
  }

  /** Progress of a later phase; the last step of a phase is always sent. */
  async phase(name: 'ai', done: number, total: number): Promise<void> {
    if (done < total && Date.now() - this.lastSentAt < PROGRESS_INTERVAL_MS) return
    await this.send([this.event(name, done, total)])
  }

  /** Sends what is held, then `events`, in one call after everything sent before. */
  flush(events: RoomEventInput[]): Promise<void> {
    return this.send(events)
  }

  /** Resolves once every send so far has been answered (or logged as failed). */
  settled(): Promise<void> {
    return this.pending
  }

  private event(phase: 'rules' | 'ai', done: number, total: number): RoomEventInput {
    const counts =
      phase === 'rules'
        ? { files_done: done, files_total: total }
        : { files_done: this.total, files_total: this.total, chunks_done: done, chunks_total: total }
    return { type: 'progress', revision: this.job.revision, phase, ...counts }
  }

  private send(events: RoomEventInput[], watchAt?: number): Promise<void> {
    const batch = [...this.held, ...events].filter((e) => {
      if (e.type !== 'progress') return true
      const key = `${e.phase}:${e.chunks_done ?? e.files_done}/${e.chunks_total ?? e.files_total}`
      if (key === this.lastSent) return false
      this.lastSent = key
      this.lastSentAt = Date.now()
      return true
    })
    this.held = []
    this.pending = this.pending.then(() => notifyRoomAll(this.env, this.job.changesetId, batch, this.log, watchAt))
    return this.pending
  }
}
