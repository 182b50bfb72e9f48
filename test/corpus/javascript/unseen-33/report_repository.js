// corpus: path=src/reports/report_repository.js
const pgp = require('pg-promise')()

const db = pgp(process.env.DATABASE_URL)

const METRICS = new Set(['total', 'units', 'discount'])

async function salesByRegion(region, from, to) {
  return db.any(
    'SELECT region, SUM(total) AS total FROM sales WHERE region = ${region} AND sold_at BETWEEN ${from} AND ${to} GROUP BY region',
    { region, from, to }
  )
}

// Called from routes/reports.js with req.query.metric and req.query.region.
async function metricByRegion(metric, region) {
  return db.any(`SELECT region, SUM(${metric}) AS value FROM sales WHERE region = '${region}' GROUP BY region`) // expect: sql-injection
}

async function metricByRegionChecked(metric, region) {
  if (!METRICS.has(metric)) throw new Error('unknown metric')
  return db.any('SELECT region, SUM(${metric:name}) AS value FROM sales WHERE region = ${region} GROUP BY region', { metric, region }) // ok: sql-injection
}

async function topProducts(region, limit) {
  return db.any('SELECT product, SUM(units) AS units FROM sales WHERE region = $1 GROUP BY product ORDER BY units DESC LIMIT $2', [region, Number(limit) || 10]) // ok: sql-injection
}

module.exports = { db, salesByRegion, metricByRegion, metricByRegionChecked, topProducts }
