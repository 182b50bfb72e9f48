// corpus: path=knexfile.js
'use strict'

require('dotenv').config()

const base = {
  client: 'pg',
  migrations: { directory: './db/migrations', tableName: 'knex_migrations' },
  seeds: { directory: './db/seeds' },
  pool: { min: 1, max: 10 },
}

module.exports = {
  development: {
    ...base,
    connection: process.env.DATABASE_URL || { host: '127.0.0.1', port: 5432, user: 'shop', password: 'shop', database: 'shop_dev' }, // ok: hardcoded-secret
    debug: process.env.KNEX_DEBUG === '1',
  },
  test: {
    ...base,
    connection: process.env.TEST_DATABASE_URL || 'postgres://postgres:postgres@localhost:5433/shop_test', // ok: hardcoded-secret
    pool: { min: 1, max: 2 },
  },
  production: {
    ...base,
    connection: {
      connectionString: process.env.DATABASE_URL,
      ssl: { rejectUnauthorized: true, ca: process.env.DATABASE_CA_CERT },
    },
    pool: { min: 2, max: 20 },
  },
}
