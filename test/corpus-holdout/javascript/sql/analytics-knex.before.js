const db = require('../db/knex')

const METRICS = {
  signups: 'count(distinct user_id)',
  revenue: 'sum(amount_cents) / 100.0',
}


async function topPages(site, limit = 10) {
  return db('pageviews')
    .select('path')
    .count({ views: '*' })
    .whereRaw('site = ?', [site])
    .groupBy('path')
    .orderBy('views', 'desc')
    .limit(limit)
}

async function referrers(site, since) {
  return db('pageviews')
    .select('referrer')
    .count({ n: '*' })
    .where({ site })
    .andWhere('created_at', '>=', db.raw('?', [since]))
    .groupBy('referrer')
}

module.exports = { dailySeries, topPages, referrers }
