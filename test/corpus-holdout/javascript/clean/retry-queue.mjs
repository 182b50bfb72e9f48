// corpus: path=lib/retry-queue.mjs
import { setTimeout as sleep } from 'node:timers/promises'

/**
 * A small in-process work queue with bounded concurrency and exponential backoff. Used by the
 * webhook dispatcher, where losing a delivery on restart is acceptable (the sender retries).
 */
export class RetryQueue {
  #running = 0
  #pending = []
  #closed = false

  constructor({ concurrency = 4, maxAttempts = 5, baseDelayMs = 200, onFailure = () => {} } = {}) {
    this.concurrency = concurrency
    this.maxAttempts = maxAttempts
    this.baseDelayMs = baseDelayMs
    this.onFailure = onFailure
  }

  get size() {
    return this.#pending.length + this.#running
  }

  push(task) {
    if (this.#closed) throw new Error('queue is closed')
    return new Promise((resolve, reject) => {
      this.#pending.push({ task, attempt: 1, resolve, reject })
      this.#drain()
    })
  }

  async close() {
    this.#closed = true
    while (this.size > 0) await sleep(10)
  }

  #drain() {
    while (this.#running < this.concurrency && this.#pending.length > 0) {
      const job = this.#pending.shift()
      this.#running += 1
      this.#run(job).finally(() => {
        this.#running -= 1
        this.#drain()
      })
    }
  }

  async #run(job) {
    try {
      job.resolve(await job.task(job.attempt))
    } catch (err) {
      if (job.attempt >= this.maxAttempts) {
        this.onFailure(err, job.attempt)
        job.reject(err)
        return
      }
      const delay = this.baseDelayMs * 2 ** (job.attempt - 1)
      await sleep(delay)
      this.#pending.push({ ...job, attempt: job.attempt + 1 })
    }
  }
}

export async function deliverAll(queue, deliveries, send) {
  const results = await Promise.allSettled(deliveries.map((d) => queue.push(() => send(d))))
  return {
    delivered: results.filter((r) => r.status === 'fulfilled').length,
    failed: results.filter((r) => r.status === 'rejected').map((r) => r.reason?.message ?? String(r.reason)),
  }
}
