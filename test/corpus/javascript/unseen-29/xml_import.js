// corpus: path=src/integrations/xml-import.js
const express = require('express')
const xml2js = require('xml2js')
const { XMLParser, XMLValidator } = require('fast-xml-parser')
const libxmljs = require('libxmljs')
const fs = require('fs')
const path = require('path')
const { Order } = require('../models')

const router = express.Router()
const SCHEMA = libxmljs.parseXml(fs.readFileSync(path.join(__dirname, 'schemas', 'order.xsd'), 'utf8'))

router.post('/orders/xml', express.text({ type: 'application/xml', limit: '2mb' }), async (req, res) => {
  const doc = libxmljs.parseXml(req.body, { noent: true, nonet: false }) // expect: xxe
  if (!doc.validate(SCHEMA)) return res.status(422).json({ errors: doc.validationErrors.map((e) => e.message) })
  const orderNo = doc.get('//order/number').text()
  res.status(201).json({ orderNo })
})

router.post('/orders/xml/v2', express.text({ type: 'application/xml', limit: '2mb' }), async (req, res) => {
  const doc = libxmljs.parseXml(req.body, { noent: false, nonet: true }) // ok: xxe
  if (!doc.validate(SCHEMA)) return res.status(422).json({ errors: doc.validationErrors.map((e) => e.message) })
  const sku = req.query.sku
  const line = doc.get(`//order/line[sku='${sku}']`) // expect: xpath-injection
  res.json({ found: Boolean(line) })
})

router.post('/catalog/feed', express.text({ type: '*/xml', limit: '5mb' }), async (req, res) => {
  const parser = new xml2js.Parser({ explicitArray: false })
  const feed = await parser.parseStringPromise(req.body)
  const items = [].concat(feed.catalog.item || [])
  res.json({ count: items.length })
})

router.post('/catalog/feed/fast', express.text({ type: '*/xml', limit: '5mb' }), (req, res) => {
  const valid = XMLValidator.validate(req.body)
  if (valid !== true) return res.status(400).json({ error: valid.err.msg })
  const parser = new XMLParser({ ignoreAttributes: false, processEntities: true })
  const feed = parser.parse(req.body)
  res.json({ title: feed.rss?.channel?.title })
})

router.post('/catalog/feed/preview', express.text({ type: '*/xml', limit: '1mb' }), (req, res) => {
  const parser = new XMLParser({ ignoreAttributes: false })
  const feed = parser.parse(req.body)
  const title = feed.rss?.channel?.title ?? 'Untitled feed'
  res.send(`<h1>${title}</h1><p>${[].concat(feed.rss?.channel?.item ?? []).length} items</p>`) // expect: xss
})

router.post('/orders/import', express.text({ type: '*/xml', limit: '5mb' }), async (req, res) => {
  const parsed = await xml2js.parseStringPromise(req.body, { explicitArray: false })
  const order = parsed.order
  const created = await Order.create(order) // expect: mass-assignment
  res.status(201).json({ id: created.id })
})

router.post('/orders/import/v2', express.text({ type: '*/xml', limit: '5mb' }), async (req, res) => {
  const { order } = await xml2js.parseStringPromise(req.body, { explicitArray: false })
  const created = await Order.create({ number: String(order.number), customerEmail: String(order.email), total: Number(order.total) }) // ok: mass-assignment
  res.status(201).json({ id: created.id })
})

module.exports = router
