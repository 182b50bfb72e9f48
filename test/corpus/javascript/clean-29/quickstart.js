// corpus: path=docs/examples/quickstart.js
// Quickstart for the Shop Node SDK. Run with:
//   SHOP_API_KEY=shk_test_... node docs/examples/quickstart.js
//
// The keys below are the documented sandbox keys: they only reach the sandbox API, which
// resets every night, so they are safe to copy into a first experiment.

const { Shop } = require('@shop/sdk')

const SANDBOX_KEY = 'shk_test_4eC39HqLyjWDarjtT1zdp7dc' // ok: hardcoded-secret
const PUBLISHABLE_KEY = 'shp_pub_test_TYooMQauvdEDq54NiTphI7jx' // ok: hardcoded-secret

const shop = new Shop({
  apiKey: process.env.SHOP_API_KEY || SANDBOX_KEY, // ok: hardcoded-secret
  baseUrl: 'https://sandbox.api.shop.example.com',
  timeout: 10_000,
})

async function listProducts() {
  const page = await shop.products.list({ limit: 5, category: 'coffee' })
  for (const product of page.data) {
    console.log(`${product.sku}  ${product.name}  ${(product.priceCents / 100).toFixed(2)} EUR`)
  }
  return page.data
}

async function placeOrder(products) {
  const customer = await shop.customers.create({
    email: 'jane.doe@example.com',
    name: 'Jane Doe',
  })
  const order = await shop.orders.create({
    customerId: customer.id,
    items: products.slice(0, 2).map((p) => ({ productId: p.id, quantity: 1 })),
    payment: {
      method: 'card',
      // A sandbox card that always succeeds; see docs/testing.md for cards that decline.
      card: { number: '4242424242424242', expMonth: 12, expYear: 2030, cvc: '123' }, // ok: hardcoded-secret
    },
  })
  console.log(`order ${order.number} is ${order.status}`)
  return order
}

async function listenForWebhooks() {
  const express = require('express')
  const app = express()
  const webhookSecret = process.env.SHOP_WEBHOOK_SECRET || 'whsec_sandbox_example' // ok: hardcoded-secret

  app.post('/webhooks/shop', express.raw({ type: 'application/json' }), (req, res) => {
    let event
    try {
      event = shop.webhooks.constructEvent(req.body, req.get('Shop-Signature'), webhookSecret)
    } catch (err) {
      console.warn('rejected webhook:', err.message)
      return res.sendStatus(400)
    }
    console.log(`received ${event.type} for ${event.data.id}`)
    res.sendStatus(204)
  })

  app.listen(4242, () => console.log('listening for webhooks on http://localhost:4242/webhooks/shop')) // ok: cleartext-http
}

async function main() {
  const products = await listProducts()
  await placeOrder(products)
  if (process.argv.includes('--listen')) await listenForWebhooks()
}

main().catch((err) => {
  console.error(err)
  process.exitCode = 1
})
