// corpus: path=src/integrations/newsletter-client.js
'use strict'

const crypto = require('node:crypto')
const axios = require('axios')
const logger = require('../logger')

const API_VERSION = '3.0'
const DEFAULT_TIMEOUT_MS = 8000

class NewsletterError extends Error {
  constructor(status, detail, instance) {
    super(`newsletter API ${status}: ${detail}`)
    this.status = status
    this.instance = instance
  }
}

// Mailchimp keys end in the data-centre they live in ("...-us21"), which picks the API host.
function dataCentreOf(apiKey) {
  const dc = String(apiKey).split('-').pop()
  if (!/^[a-z]{2}\d{1,2}$/.test(dc)) throw new Error('API key has no data-centre suffix')
  return dc
}

function memberHash(email) {
  return crypto.createHash('md5').update(email.trim().toLowerCase()).digest('hex') // ok: weak-hash
}

class NewsletterClient {
  constructor({ apiKey, listId, timeoutMs = DEFAULT_TIMEOUT_MS }) {
    if (!apiKey || !listId) throw new Error('apiKey and listId are required')
    this.listId = listId
    this.http = axios.create({
      baseURL: `https://${dataCentreOf(apiKey)}.api.mailchimp.com/${API_VERSION}/`, // ok: ssrf
      timeout: timeoutMs,
      auth: { username: 'anystring', password: apiKey },
      headers: { 'User-Agent': 'shop-newsletter/2.1' },
    })
  }

  async request(method, url, data) {
    const started = Date.now()
    try {
      const res = await this.http.request({ method, url, data }) // ok: ssrf
      logger.debug({ method, url, status: res.status, ms: Date.now() - started }, 'newsletter request')
      return res.data
    } catch (err) {
      if (err.response) {
        const { status, data: body } = err.response
        logger.warn({ method, url, status, title: body && body.title }, 'newsletter request failed')
        throw new NewsletterError(status, (body && body.detail) || 'request failed', body && body.instance)
      }
      throw err
    }
  }

  subscribe(email, { firstName = '', lastName = '', tags = [], doubleOptIn = true } = {}) {
    const path = `lists/${encodeURIComponent(this.listId)}/members/${memberHash(email)}`
    return this.request('put', path, {
      email_address: email,
      status_if_new: doubleOptIn ? 'pending' : 'subscribed',
      merge_fields: { FNAME: firstName, LNAME: lastName },
      tags,
    })
  }

  unsubscribe(email) {
    const path = `lists/${encodeURIComponent(this.listId)}/members/${memberHash(email)}`
    return this.request('patch', path, { status: 'unsubscribed' })
  }

  async isSubscribed(email) {
    try {
      const member = await this.request('get', `lists/${encodeURIComponent(this.listId)}/members/${memberHash(email)}`)
      return member.status === 'subscribed'
    } catch (err) {
      if (err instanceof NewsletterError && err.status === 404) return false
      throw err
    }
  }

  async *members({ status = 'subscribed', pageSize = 500 } = {}) {
    for (let offset = 0; ; offset += pageSize) {
      const page = await this.request(
        'get',
        `lists/${encodeURIComponent(this.listId)}/members?${new URLSearchParams({ status, count: String(pageSize), offset: String(offset) })}`,
      )
      yield* page.members
      if (offset + pageSize >= page.total_items) return
    }
  }

  ping() {
    return this.request('get', 'ping')
  }
}

module.exports = { NewsletterClient, NewsletterError, memberHash }
