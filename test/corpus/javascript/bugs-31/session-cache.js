// corpus: path=src/auth/session-cache.js
const { performance } = require('perf_hooks')

const TTL_MS = 15 * 60 * 1000

class SessionCache {
  constructor() {
    this.byToken = {}
    this.order = []
    this.listeners = []
  }

  put(token, session) {
    this.byToken[token] = { session, at: performance.now() }
    this.order.push(token)
  }

  sweep() {
    const now = performance.now()
    for (const token in this.byToken) {
      if (now - this.byToken[token].at > TTL_MS) {
        delete this.byToken[token] // ok: mutate-while-iterating
      }
    }
    for (const token of this.order) {
      if (!(token in this.byToken)) {
        this.order.splice(this.order.indexOf(token), 1) // expect: mutate-while-iterating
      }
    }
  }

  sweepV2() {
    const now = performance.now()
    for (const token of Object.keys(this.byToken)) {
      if (now - this.byToken[token].at > TTL_MS) delete this.byToken[token] // ok: mutate-while-iterating
    }
    this.order = this.order.filter((token) => token in this.byToken)
  }

  onEvict(listener) {
    this.listeners.push(listener)
    return () => {
      const i = this.listeners.indexOf(listener)
      if (i !== -1) this.listeners.splice(i, 1)
    }
  }

  notify(token) {
    for (const listener of this.listeners) {
      if (listener(token) === false) {
        this.listeners.splice(this.listeners.indexOf(listener), 1) // expect: mutate-while-iterating
      }
    }
  }

  notifyV2(token) {
    for (const listener of this.listeners.slice()) {
      if (listener(token) === false) {
        this.listeners.splice(this.listeners.indexOf(listener), 1) // ok: mutate-while-iterating
      }
    }
  }

  evictOldest(count) {
    const oldest = this.order
    for (let i = 0; i < oldest.length; i++) {
      if (i >= count) break
      delete this.byToken[oldest[i]]
      this.order.splice(i, 1) // expect: mutate-while-iterating
    }
  }
}

module.exports = { SessionCache }
