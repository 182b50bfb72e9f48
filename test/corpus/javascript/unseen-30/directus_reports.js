// corpus: path=extensions/endpoints/reports/index.js
import { createHash } from 'node:crypto'
import { spawn } from 'node:child_process'
import path from 'node:path'
import fs from 'node:fs/promises'

const CHART_DIR = path.resolve('uploads/charts')
const PERIODS = { day: 'day', week: 'week', month: 'month' }

export default {
  id: 'reports',
  handler: (router, { services, database, getSchema, logger, env }) => {
    const { ItemsService } = services

    router.get('/sales', async (req, res, next) => {
      try {
        const period = PERIODS[req.query.period] || 'day'
        const result = await database.raw(`SELECT date_trunc('${period}', date_created) AS bucket, sum(amount) AS total FROM orders WHERE date_created >= ? GROUP BY 1 ORDER BY 1`, [req.query.since || '1970-01-01']) // ok: sql-injection
        res.json({ data: result.rows })
      } catch (err) {
        next(err)
      }
    })

    router.get('/sales/by-region', async (req, res, next) => {
      try {
        const region = req.query.region
        logger.info(`sales report for region ${region} requested by ${req.accountability?.user}`) // expect: log-injection
        const result = await database.raw(`SELECT region, sum(amount) AS total FROM orders WHERE region = '${region}' GROUP BY region`) // expect: sql-injection
        res.json({ data: result.rows })
      } catch (err) {
        next(err)
      }
    })

    router.get('/customers', async (req, res, next) => {
      try {
        const schema = await getSchema()
        const customers = new ItemsService('customers', { schema, accountability: req.accountability })
        const items = await customers.readByQuery({
          fields: ['id', 'name', 'email'],
          sort: [String(req.query.sort || 'name')],
          limit: 100,
        })
        res.json({ data: items })
      } catch (err) {
        next(err)
      }
    })

    router.get('/customers/top', async (req, res, next) => {
      try {
        const rows = await database('orders')
          .select('customer')
          .sum({ total: 'amount' })
          .groupBy('customer')
          .orderByRaw(req.query.order || 'total DESC') // expect: sql-injection
          .limit(10)
        res.json({ data: rows })
      } catch (err) {
        next(err)
      }
    })

    router.post('/charts', async (req, res, next) => {
      try {
        const id = createHash('sha256').update(JSON.stringify(req.body)).digest('hex').slice(0, 20)
        const out = path.join(CHART_DIR, `${id}.png`)
        const child = spawn('gnuplot', ['-e', `set output '${out}'`, path.join(CHART_DIR, '..', 'line.gp')]) // ok: command-injection
        child.stdin.end(req.body.points.map((p) => `${Number(p.x)} ${Number(p.y)}`).join('\n'))
        child.on('close', () => res.json({ data: { id } }))
      } catch (err) {
        next(err)
      }
    })

    router.get('/charts/:id', async (req, res, next) => {
      try {
        const file = path.join(CHART_DIR, `${req.params.id}.png`)
        res.type('png').send(await fs.readFile(file)) // expect: path-traversal
      } catch (err) {
        next(err)
      }
    })

    router.get('/charts/:id/meta', async (req, res, next) => {
      if (!/^[a-f0-9]{20}$/.test(req.params.id)) return res.status(400).json({ errors: [{ message: 'bad id' }] })
      try {
        const stat = await fs.stat(path.join(CHART_DIR, `${req.params.id}.png`)) // ok: path-traversal
        res.json({ data: { size: stat.size, created: stat.birthtime } })
      } catch (err) {
        logger.warn(`chart ${req.params.id} missing`) // ok: log-injection
        res.status(404).json({ errors: [{ message: 'chart not found' }] })
      }
    })

    router.post('/webhooks/test', async (req, res) => {
      if (env.PUBLIC_URL && req.body.url && req.body.url.startsWith(env.PUBLIC_URL)) {
        const response = await fetch(req.body.url, { method: 'POST', body: '{}' }) // ok: ssrf
        return res.json({ data: { status: response.status } })
      }
      res.status(400).json({ errors: [{ message: 'url must point at this instance' }] })
    })
  },
}
