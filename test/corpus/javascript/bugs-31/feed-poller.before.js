const fetch = require('node-fetch')
const logger = require('./logger')

const POLL_MS = 30000

class FeedPoller {
  constructor(feeds, onItem) {
    this.feeds = feeds
    this.onItem = onItem
    this.seen = new Map()
    this.timer = null
  }

  start() {
    this.timer = setInterval(() => this.pollAll(), POLL_MS)
  }

  stop() {
    clearInterval(this.timer)
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
      } catch (err) {
        logger.warn({ err, feed: feed.url }, 'feed poll failed')
      }
    }
  }
}

module.exports = { FeedPoller }
