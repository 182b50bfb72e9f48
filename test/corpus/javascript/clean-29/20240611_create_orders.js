// corpus: path=db/migrations/20240611093012_create_orders.js
'use strict'

const STATUSES = ['pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded']
const TOUCHED_TABLES = ['orders', 'products']

exports.up = async function up(knex) {
  await knex.raw('CREATE EXTENSION IF NOT EXISTS "pgcrypto"')

  await knex.schema.createTable('orders', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'))
    t.uuid('user_id').references('users.id').onDelete('SET NULL')
    t.string('number', 20).notNullable().unique()
    t.enu('status', STATUSES, { useNative: true, enumName: 'order_status' }).notNullable().defaultTo('pending')
    t.integer('total_cents').notNullable()
    t.string('currency', 3).notNullable().defaultTo('EUR')
    t.string('payment_intent_id')
    t.jsonb('shipping_address').notNullable()
    t.timestamps(true, true)
    t.index(['user_id', 'created_at'])
  })

  await knex.schema.createTable('order_items', (t) => {
    t.increments('id')
    t.uuid('order_id').notNullable().references('orders.id').onDelete('CASCADE')
    t.uuid('product_id').notNullable().references('products.id')
    t.integer('quantity').notNullable().checkPositive()
    t.integer('unit_price_cents').notNullable()
  })

  await knex.raw(`
    CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger AS $$
    BEGIN
      NEW.updated_at = now();
      RETURN NEW;
    END;
    $$ LANGUAGE plpgsql
  `)

  for (const table of TOUCHED_TABLES) {
    await knex.raw(`CREATE TRIGGER ${table}_touch BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION touch_updated_at()`) // ok: sql-injection
  }

  await knex.raw('CREATE INDEX orders_open_idx ON orders (created_at) WHERE status = ?', ['pending'])
}

exports.down = async function down(knex) {
  for (const table of TOUCHED_TABLES) {
    await knex.raw(`DROP TRIGGER IF EXISTS ${table}_touch ON ${table}`) // ok: sql-injection
  }
  await knex.schema.dropTableIfExists('order_items')
  await knex.schema.dropTableIfExists('orders')
  await knex.raw('DROP TYPE IF EXISTS order_status')
}
