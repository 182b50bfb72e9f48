const pgp = require('pg-promise')()

const db = pgp(process.env.DATABASE_URL)

async function salesByRegion(region, from, to) {
  return db.any(
    'SELECT region, SUM(total) AS total FROM sales WHERE region = ${region} AND sold_at BETWEEN ${from} AND ${to} GROUP BY region',
    { region, from, to }
  )
}

module.exports = { db, salesByRegion }
