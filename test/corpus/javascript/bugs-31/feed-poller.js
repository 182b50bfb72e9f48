const fetch = require('node-fetch')
const logger = require('./logger')

const POLL_MS = 30000
const SEEN_TTL_MS = 24 * 60 * 60 * 1000
const MAX_FAILURES = 5

class FeedPoller {
  constructor(feeds, onItem) {
    this.feeds = feeds
    this.onItem = onItem
    this.seen = new Map()
    this.failures = new Map()
    this.timer = null
  }

  start() {
    this.timer = setInterval(() => {
      this.pollAll().then(() => this.forgetOld()) // expect: unhandled-promise
    }, POLL_MS)
  }

  stop() {
    clearInterval(this.timer)
  }

  forgetOld(now = Date.now()) {
    for (const guid of this.seen.keys()) {
      if (now - this.seen.get(guid) > SEEN_TTL_MS) this.seen.delete(guid) // ok: mutate-while-iterating
    }
  }

  async pollAll() {
    for (const feed of this.feeds) {
      try {
        const res = await fetch(feed.url, { timeout: 10000 })
        const items = await res.json()
        for (const item of items) {
          if (!this.seen.has(item.guid)) {
            this.seen.set(item.guid, Date.now())
            this.onItem(feed, item)
          }
        }
        this.failures.delete(feed.url)
      } catch (err) {
        logger.warn({ err, feed: feed.url }, 'feed poll failed')
        const count = (this.failures.get(feed.url) || 0) + 1
        this.failures.set(feed.url, count)
        if (count >= MAX_FAILURES) {
          this.feeds.splice(this.feeds.indexOf(feed), 1) // expect: mutate-while-iterating
          logger.error({ feed: feed.url }, 'feed disabled after repeated failures')
        }
      }
    }
  }
}

module.exports = { FeedPoller }
