// corpus: path=src/services/invoices/invoices.class.js
const { KnexService } = require('@feathersjs/knex')
const { BadRequest, NotFound } = require('@feathersjs/errors')
const crypto = require('crypto')
const axios = require('axios')

const SORTABLE = ['number', 'issued_at', 'total', 'status']

class InvoiceService extends KnexService {
  async find(params) {
    const { status, customer, orderBy } = params.query || {}
    const knex = this.getModel(params)
    const query = knex('invoices').where({ account_id: params.user.accountId })
    if (status) query.andWhere('status', status)
    if (customer) query.andWhereRaw(`customer_name ILIKE '%${customer}%'`) // expect: sql-injection
    const column = SORTABLE.includes(orderBy) ? orderBy : 'issued_at'
    return query.orderBy(column, 'desc').limit(50) // ok: sql-injection
  }

  async get(id, params) {
    const knex = this.getModel(params)
    const invoice = await knex('invoices').where({ id, account_id: params.user.accountId }).first()
    if (!invoice) throw new NotFound(`Invoice ${id} not found`)
    return invoice
  }

  async totals(data, params) {
    const knex = this.getModel(params)
    const year = Number.parseInt(data.year, 10)
    if (!Number.isInteger(year)) throw new BadRequest('year must be a number')
    return knex.raw('SELECT date_trunc(\'month\', issued_at) AS month, sum(total) FROM invoices WHERE account_id = ? AND extract(year from issued_at) = ? GROUP BY 1', [ // ok: sql-injection
      params.user.accountId,
      year,
    ])
  }

  async create(data, params) {
    const number = `INV-${Date.now()}-${Math.floor(Math.random() * 1000)}`
    const shareToken = Math.random().toString(36).slice(2) // expect: insecure-random
    return super.create({ ...data, number, share_token: shareToken, account_id: params.user.accountId }, params)
  }
}

class WebhookService {
  constructor(app) {
    this.app = app
  }

  async create(data, params) {
    const { url, events } = data
    const secret = crypto.randomBytes(24).toString('hex') // ok: insecure-random
    await axios.post(url, { type: 'webhook.verify', events }, { timeout: 5000 }) // expect: ssrf
    return this.app.service('webhook-subscriptions').create({ url, events, secret, account_id: params.user.accountId })
  }
}

const verifySignature = (context) => {
  const { headers } = context.params
  const expected = crypto.createHmac('sha256', process.env.BILLING_WEBHOOK_SECRET).update(JSON.stringify(context.data)).digest('hex')
  if (headers['x-billing-signature'] !== expected) { // expect: timing-unsafe-comparison
    throw new BadRequest('bad signature')
  }
  return context
}

const verifySignatureSafe = (context) => {
  const { headers } = context.params
  const expected = Buffer.from(crypto.createHmac('sha256', process.env.BILLING_WEBHOOK_SECRET).update(JSON.stringify(context.data)).digest('hex'))
  const given = Buffer.from(String(headers['x-billing-signature'] || ''))
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) { // ok: timing-unsafe-comparison
    throw new BadRequest('bad signature')
  }
  return context
}

module.exports = (app) => {
  app.use('/invoices', new InvoiceService({ Model: app.get('knexClient'), name: 'invoices' }), {
    methods: ['find', 'get', 'create', 'totals'],
  })
  app.use('/webhooks', new WebhookService(app))
  app.use('/billing-events', {
    async create(data) {
      return { received: data.id }
    },
  })
  app.service('billing-events').hooks({ before: { create: [verifySignature] } })
  app.service('webhooks').hooks({ before: { create: [verifySignatureSafe] } })
}
