// corpus: path=src/routes/shop.js changeset=shop
'use strict'

const express = require('express')
const orders = require('../services/order-service')
const ImageProxy = require('../services/image-proxy')
const { Mailer } = require('../services/mailer')

const router = express.Router()
const images = new ImageProxy({ timeout: 4000 })
const mailer = new Mailer()

router.get('/orders', async (req, res, next) => {
  try {
    res.json(await orders.search(req.query.customer))
  } catch (err) {
    next(err)
  }
})

router.get('/orders/:id', async (req, res, next) => {
  try {
    const order = await orders.byId(req.params.id)
    if (!order) return res.sendStatus(404)
    res.json(order)
  } catch (err) {
    next(err)
  }
})

router.get('/product-image', async (req, res, next) => {
  try {
    const { contentType, body } = await images.fetch(req.query.src)
    res.type(contentType).send(body)
  } catch (err) {
    next(err)
  }
})

router.get('/brand-image/:brand', async (req, res, next) => {
  try {
    const { contentType, body } = await images.fetchBrand(req.params.brand)
    res.type(contentType).send(body)
  } catch (err) {
    next(err)
  }
})

router.post('/receipts/preview', express.json(), async (req, res, next) => {
  try {
    res.json({ file: await mailer.renderReceipt(req.body.template) })
  } catch (err) {
    next(err)
  }
})

router.post('/receipts/send', express.json(), async (req, res, next) => {
  try {
    await mailer.sendReceipt(req.body.orderId, req.body.locale)
    res.sendStatus(202)
  } catch (err) {
    next(err)
  }
})

module.exports = router
