// corpus: path=src/jobs/queue.js
'use strict'

const EventEmitter = require('events')
const logger = require('../logger')

const MAX_ATTEMPTS = 5

class JobQueue extends EventEmitter {
  constructor(store) {
    super()
    this.store = store
    this.waiting = []
    this.running = new Map()
    this.timers = new Map()
  }

  enqueue(job) {
    this.waiting.push({ ...job, attempts: 0 })
    this.emit('enqueued', job.id)
  }

  dropCancelled(cancelledIds) {
    for (const job of this.waiting) {
      if (cancelledIds.has(job.id)) {
        this.waiting.splice(this.waiting.indexOf(job), 1) // expect: mutate-while-iterating
        this.emit('cancelled', job.id)
      }
    }
  }

  dropCancelledV2(cancelledIds) {
    const kept = []
    for (const job of this.waiting) {
      if (cancelledIds.has(job.id)) this.emit('cancelled', job.id)
      else kept.push(job)
    }
    this.waiting = kept
  }

  takeBatch(size) {
    const waiting = this.waiting
    const batch = []
    for (const job of waiting) {
      if (batch.length >= size) break
      batch.push(job)
      this.waiting.shift() // expect: mutate-while-iterating
    }
    return batch
  }

  takeBatchV2(size) {
    return this.waiting.splice(0, size)
  }

  reapStalled(now = Date.now()) {
    for (const [id, run] of this.running) {
      if (now - run.heartbeat > 60000) {
        this.running.delete(id) // ok: mutate-while-iterating
        clearTimeout(this.timers.get(id))
        this.timers.delete(id)
        this.requeue(run.job)
      }
    }
  }

  clearTimers() {
    for (const id of this.timers.keys()) {
      clearTimeout(this.timers.get(id))
      this.timers.delete(id) // ok: mutate-while-iterating
    }
  }

  requeue(job) {
    if (job.attempts + 1 >= MAX_ATTEMPTS) {
      logger.warn({ job: job.id }, 'job exhausted its attempts')
      return
    }
    this.waiting.push({ ...job, attempts: job.attempts + 1 })
  }

  retryFailed(failed) {
    for (const job of [...failed]) {
      if (job.attempts < MAX_ATTEMPTS) {
        failed.splice(failed.indexOf(job), 1) // ok: mutate-while-iterating
        this.requeue(job)
      }
    }
  }

  purgeExpired(deadlines) {
    deadlines.forEach((deadline, index) => {
      if (deadline.at < Date.now()) {
        deadlines.splice(index, 1) // expect: mutate-while-iterating
      }
    })
  }

  purgeExpiredV2(deadlines) {
    for (let i = deadlines.length - 1; i >= 0; i--) {
      if (deadlines[i].at < Date.now()) deadlines.splice(i, 1) // ok: mutate-while-iterating
    }
  }
}

module.exports = { JobQueue }
