// corpus: path=src/jobs/sync-contacts.js
const { crm } = require('../clients')
const { Contact } = require('../models')

class ContactSync {
  constructor(logger) {
    this.logger = logger
    this.running = false
  }

  async upsert(remote) {
    const [contact] = await Contact.findOrCreate({ where: { crmId: remote.id } })
    await contact.update({ email: remote.email, name: remote.name })
    return contact
  }

  async markStale(ids) {
    await Contact.update({ stale: true }, { where: { crmId: ids } })
  }

  async run() {
    this.running = true
    try {
      const page = await crm.contacts.list({ updatedSince: this.lastRun })
      for (const remote of page.items) {
        this.upsert(remote) // expect: missing-await
      }
      this.markStale(page.deletedIds) // expect: missing-await
      this.lastRun = new Date()
    } finally {
      this.running = false
    }
  }

  async runV2() {
    this.running = true
    try {
      const page = await crm.contacts.list({ updatedSince: this.lastRun })
      await Promise.all(page.items.map((remote) => this.upsert(remote)))
      await this.markStale(page.deletedIds)
      this.lastRun = new Date()
    } finally {
      this.running = false
    }
  }

  start(intervalMs) {
    this.timer = setInterval(() => {
      if (!this.running) this.runV2().catch((err) => this.logger.error({ err }, 'contact sync failed')) // ok: missing-await
    }, intervalMs)
  }
}

module.exports = { ContactSync }
