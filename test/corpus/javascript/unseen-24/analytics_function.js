// corpus: path=functions/analytics/index.js
const functions = require('@google-cloud/functions-framework')
const { BigQuery } = require('@google-cloud/bigquery')

const bigquery = new BigQuery()
const DATASET = process.env.BQ_DATASET || 'analytics'
const METRICS = { views: 'page_views', clicks: 'clicks', signups: 'signups' }

functions.http('dailyMetric', async (req, res) => {
  const table = METRICS[req.query.metric]
  if (!table) return res.status(400).json({ error: 'unknown metric' })
  const [rows] = await bigquery.query({
    query: `SELECT day, SUM(n) AS n FROM \`${DATASET}.${table}\` WHERE day >= @since GROUP BY day ORDER BY day`, // ok: sql-injection
    params: { since: req.query.since || '2024-01-01' },
  })
  res.json(rows)
})

functions.http('campaignMetric', async (req, res) => {
  const campaign = req.query.campaign
  const [rows] = await bigquery.query(
    `SELECT day, COUNT(*) AS n FROM \`${DATASET}.clicks\` WHERE campaign = '${campaign}' GROUP BY day`, // expect: sql-injection
  )
  res.json(rows)
})

functions.http('proxyReport', async (req, res) => {
  const target = req.body.reportUrl
  const upstream = await fetch(target, { headers: { accept: 'application/json' } }) // expect: ssrf
  res.status(upstream.status).json(await upstream.json())
})

functions.http('health', (req, res) => {
  res.json({ ok: true, dataset: DATASET })
})
