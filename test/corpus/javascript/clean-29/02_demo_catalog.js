// corpus: path=db/seeds/02_demo_catalog.js
'use strict'

const crypto = require('node:crypto')
const bcrypt = require('bcryptjs')
const { faker } = require('@faker-js/faker')

const DEMO_PASSWORD = 'password123' // ok: hardcoded-secret
const ADMIN_ID = '6f1c2a9e-3b4d-4c5e-8f7a-1b2c3d4e5f60'
const CATEGORIES = [
  { id: 1, slug: 'coffee', name: 'Coffee' },
  { id: 2, slug: 'tea', name: 'Tea' },
  { id: 3, slug: 'brewing', name: 'Brewing gear' },
  { id: 4, slug: 'gift-cards', name: 'Gift cards' },
]

exports.seed = async function seed(knex) {
  if (process.env.NODE_ENV === 'production') {
    throw new Error('demo seed must not run in production')
  }

  faker.seed(42)

  await knex('order_items').del()
  await knex('orders').del()
  await knex('products').del()
  await knex('categories').del()
  await knex('users').del()

  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10) // ok: hardcoded-secret

  await knex('users').insert([
    { id: ADMIN_ID, email: 'admin@shop.test', name: 'Shop Admin', role: 'admin', password_hash: passwordHash },
    ...Array.from({ length: 20 }, () => ({
      id: crypto.randomUUID(),
      email: faker.internet.email().toLowerCase(),
      name: faker.person.fullName(),
      role: 'customer',
      password_hash: passwordHash,
    })),
  ])

  await knex('categories').insert(CATEGORIES)

  const products = Array.from({ length: 60 }, (_, i) => {
    const category = CATEGORIES[i % CATEGORIES.length]
    const name = faker.commerce.productName()
    return {
      id: crypto.randomUUID(),
      category_id: category.id,
      sku: `${category.slug.slice(0, 3).toUpperCase()}-${String(i + 1).padStart(4, '0')}`,
      name,
      slug: faker.helpers.slugify(name).toLowerCase(),
      price_cents: faker.number.int({ min: 400, max: 12000 }),
      stock: Math.floor(Math.random() * 200), // ok: insecure-random
      image_sha256: crypto.createHash('sha256').update(name).digest('hex'),
    }
  })
  await knex.batchInsert('products', products, 30)

  const giftCard = {
    id: crypto.randomUUID(),
    category_id: 4,
    sku: 'GIF-0001',
    name: 'Gift card 25 EUR',
    slug: 'gift-card-25',
    price_cents: 2500,
    stock: 9999,
    image_sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  }
  await knex('products').insert(giftCard)

  await knex.raw('SELECT setval(pg_get_serial_sequence(?, ?), (SELECT max(id) FROM categories))', ['categories', 'id'])
}
