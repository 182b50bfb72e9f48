/**
 * Wall-clock bounds for the queue's awaits. A binding that never answers (a stuck Durable Object,
 * a D1 call lost in the network) must not hold a review's lease, or its batch, for ever.
 */
import { describeError, type Logger } from '../log'

// How long a run waits for the changeset room once the outcome is in D1.
export const ROOM_WAIT_MS = 5000

/** `work`, or `timeout()` thrown once `ms` have passed; the timer is cleared either way. */
export async function withDeadline<T>(work: Promise<T>, ms: number, timeout: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | null = null
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeout()), ms)
  })
  // The work goes on after a timeout; whatever it ends with is no one's to handle.
  work.catch(() => undefined)
  try {
    return await Promise.race([work, expired])
  } finally {
    clearTimeout(timer)
  }
}

/** Waits for `work` at most `ms`; what it ends with is only logged. */
export async function settleWithin(work: Promise<unknown>, ms: number, log: Logger): Promise<void> {
  try {
    await withDeadline(work, ms, () => new Error(`no answer within ${ms} ms`))
  } catch (err) {
    log.warn('queue.slow_binding', { error: describeError(err) })
  }
}
