'use strict'

const express = require('express')
const { Model, raw, ref } = require('objection')
const Knex = require('knex')

const knex = Knex(require('../knexfile')[process.env.NODE_ENV || 'development'])
Model.knex(knex)

const SORTS = { price: 'price', name: 'name', newest: 'created_at' }

class Product extends Model {
  static get tableName() {
    return 'products'
  }

  static get relationMappings() {
    return {
      vendor: { relation: Model.BelongsToOneRelation, modelClass: Vendor, join: { from: 'products.vendor_id', to: 'vendors.id' } },
    }
  }
}

class Vendor extends Model {
  static get tableName() {
    return 'vendors'
  }
}

const router = express.Router()

router.get('/products', async (req, res, next) => {
  try {
    const page = Math.max(parseInt(req.query.page, 10) || 0, 0)
    const query = Product.query()
      .select('products.id', 'products.name', 'products.price')
      .withGraphFetched('vendor')
      .page(page, 25)
    if (req.query.q) query.whereRaw('to_tsvector(products.name) @@ plainto_tsquery(?)', [req.query.q])
    if (req.query.minPrice) query.where('price', '>=', Number(req.query.minPrice))
    if (req.query.sort) query.orderByRaw(`${req.query.sort} ${req.query.dir === 'desc' ? 'DESC' : 'ASC'} NULLS LAST`) // expect: sql-injection
    if (req.query.vendor) query.whereRaw(`vendor_id IN (SELECT id FROM vendors WHERE slug = '${req.query.vendor}')`) // expect: sql-injection
    res.json(await query)
  } catch (err) {
    next(err)
  }
})

router.get('/products/sorted', async (req, res, next) => {
  try {
    const column = SORTS[req.query.sort] || 'name'
    const products = await Product.query()
      .select('id', 'name', 'price')
      .orderBy(column, req.query.dir === 'desc' ? 'desc' : 'asc') // ok: sql-injection
      .limit(50)
    res.json(products)
  } catch (err) {
    next(err)
  }
})

router.get('/products/:id', async (req, res, next) => {
  try {
    const product = await Product.query().findById(req.params.id).withGraphFetched('vendor')
    if (!product) return res.sendStatus(404)
    res.json(product)
  } catch (err) {
    next(err)
  }
})

router.get('/vendors/:id/stats', async (req, res, next) => {
  try {
    const field = req.query.field || 'price'
    const stats = await Product.query()
      .where('vendor_id', req.params.id)
      .select(raw('count(*) as products'), raw(`avg(${field}) as average`)) // expect: sql-injection
      .first()
    res.json(stats)
  } catch (err) {
    next(err)
  }
})

router.get('/vendors/:id/price-band', async (req, res, next) => {
  try {
    const stats = await Product.query()
      .where('vendor_id', req.params.id)
      .select(raw('min(price) as low'), raw('max(price) as high'), raw('count(*) filter (where price > ?) as above', [Number(req.query.threshold) || 0])) // ok: sql-injection
      .first()
    res.json(stats)
  } catch (err) {
    next(err)
  }
})

router.patch('/products/:id', async (req, res, next) => {
  try {
    const product = await Product.query().patchAndFetchById(req.params.id, req.body) // expect: mass-assignment
    res.json(product)
  } catch (err) {
    next(err)
  }
})

router.patch('/products/:id/price', async (req, res, next) => {
  try {
    const product = await Product.query().patchAndFetchById(req.params.id, { price: Number(req.body.price) }) // ok: mass-assignment
    res.json(product)
  } catch (err) {
    next(err)
  }
})

module.exports = router
