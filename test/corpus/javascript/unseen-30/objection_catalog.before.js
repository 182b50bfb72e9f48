'use strict'

const express = require('express')
const { Model, raw, ref } = require('objection')
const Knex = require('knex')

const knex = Knex(require('../knexfile')[process.env.NODE_ENV || 'development'])
Model.knex(knex)

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
    res.json(await query)
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
    const stats = await Product.query()
      .where('vendor_id', req.params.id)
      .select(raw('count(*) as products'), raw('avg(price) as avg_price'))
      .first()
    res.json(stats)
  } catch (err) {
    next(err)
  }
})

router.patch('/products/:id', async (req, res, next) => {
  try {
    const product = await Product.query().patchAndFetchById(req.params.id, {
      name: req.body.name,
      price: Number(req.body.price),
    })
    res.json(product)
  } catch (err) {
    next(err)
  }
})

module.exports = router
