// corpus: path=src/store.js
'use strict'

const { MongoClient, ObjectId } = require('mongodb')
const Database = require('better-sqlite3')
const express = require('express')
const escapeStringRegexp = require('escape-string-regexp')

const client = new MongoClient(process.env.MONGO_URL)
const mongo = client.db('catalog')
const sqlite = new Database(process.env.SQLITE_PATH || 'cache.db')
sqlite.pragma('journal_mode = WAL')

const findPrice = sqlite.prepare('SELECT price, currency FROM prices WHERE sku = ? AND region = ?')

const router = express.Router()

router.get('/products', async (req, res) => {
  const filter = { published: true }
  if (req.query.brand) filter.brand = String(req.query.brand)
  if (req.query.q) filter.name = { $regex: escapeStringRegexp(String(req.query.q)), $options: 'i' } // ok: regex-injection
  const products = await mongo.collection('products').find(filter).limit(50).toArray()
  res.json(products)
})

router.get('/products/lookup', async (req, res) => {
  const products = await mongo.collection('products').find({ name: { $regex: req.query.pattern } }).toArray() // expect: regex-injection
  res.json(products)
})

router.post('/products/query', async (req, res) => {
  const products = await mongo.collection('products').find(req.body.filter).limit(100).toArray() // expect: nosql-injection
  res.json(products)
})

router.get('/products/:id', async (req, res) => {
  if (!ObjectId.isValid(req.params.id)) return res.status(400).json({ error: 'bad id' })
  const product = await mongo.collection('products').findOne({ _id: new ObjectId(req.params.id) }) // ok: nosql-injection
  if (!product) return res.sendStatus(404)
  res.json(product)
})

router.post('/carts/:id/items', async (req, res) => {
  const cartId = new ObjectId(req.params.id)
  await mongo.collection('carts').updateOne({ _id: cartId, owner: req.user.id }, { $push: { items: { sku: String(req.body.sku), qty: Number(req.body.qty) || 1 } } })
  res.sendStatus(204)
})

router.put('/profile', async (req, res) => {
  await mongo.collection('users').updateOne({ _id: new ObjectId(req.user.id) }, { $set: req.body }) // expect: mass-assignment
  res.sendStatus(204)
})

router.get('/prices/:sku', (req, res) => {
  const row = findPrice.get(req.params.sku, req.query.region || 'eu') // ok: sql-injection
  if (!row) return res.sendStatus(404)
  res.json(row)
})

router.get('/prices', (req, res) => {
  const region = req.query.region || 'eu'
  const order = req.query.order === 'asc' ? 'ASC' : 'DESC'
  const rows = sqlite.prepare(`SELECT sku, price FROM prices WHERE region = '${region}' ORDER BY price ${order}`).all() // expect: sql-injection
  res.json(rows)
})

router.get('/prices-sorted', (req, res) => {
  const order = req.query.order === 'asc' ? 'ASC' : 'DESC'
  const rows = sqlite.prepare(`SELECT sku, price FROM prices WHERE region = ? ORDER BY price ${order}`).all(String(req.query.region || 'eu')) // ok: sql-injection
  res.json(rows)
})

router.post('/prices/import', (req, res) => {
  const insert = sqlite.prepare('INSERT OR REPLACE INTO prices (sku, region, price, currency) VALUES (@sku, @region, @price, @currency)')
  const importAll = sqlite.transaction((rows) => {
    for (const row of rows) insert.run(row)
  })
  importAll(Array.isArray(req.body) ? req.body : [])
  res.sendStatus(204)
})

router.post('/admin/vacuum', (req, res) => {
  sqlite.exec(`VACUUM INTO '${req.body.target}'`) // expect: sql-injection
  res.sendStatus(204)
})

module.exports = { router, client }
