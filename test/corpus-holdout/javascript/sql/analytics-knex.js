// corpus: path=src/analytics/queries.js
const db = require('../db/knex')

const METRICS = {
  signups: 'count(distinct user_id)',
  revenue: 'sum(amount_cents) / 100.0',
}

async function dailySeries(metric, from, to) {
  const expr = METRICS[metric]
  if (!expr) throw new Error(`unknown metric ${metric}`)
  return db('events')
    .select(db.raw(`date_trunc('day', created_at) AS day, ${expr} AS value`)) // ok: sql-injection
    .whereBetween('created_at', [from, to])
    .groupBy('day')
    .orderBy('day')
}

async function topPages(site, limit = 10) {
  return db('pageviews') // also: sql-injection
    .select('path')
    .count({ views: '*' })
    .whereRaw(`site = '${site}'`) // expect: sql-injection
    .groupBy('path')
    .orderBy('views', 'desc')
    .limit(limit)
}

async function referrers(site, since) {
  return db('pageviews')
    .select('referrer')
    .count({ n: '*' })
    .where({ site })
    .andWhere('created_at', '>=', since) // ok: sql-injection
    .groupBy('referrer')
}

module.exports = { dailySeries, topPages, referrers }
