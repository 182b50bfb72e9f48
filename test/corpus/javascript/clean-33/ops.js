// corpus: path=src/ops/routes.js
'use strict'

const os = require('os')
const express = require('express')
const db = require('../db')
const redis = require('../redis')
const flags = require('../flags')
const { requireStaff } = require('../auth/middleware')
const pkg = require('../../package.json')

const router = express.Router()

async function timed(name, check) {
  const started = process.hrtime.bigint()
  try {
    await Promise.race([check(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000))])
    return { name, ok: true, ms: Number(process.hrtime.bigint() - started) / 1e6 }
  } catch (err) {
    return { name, ok: false, error: err.message === 'timeout' ? 'timeout' : 'unavailable' }
  }
}

router.get('/healthz', (req, res) => res.json({ status: 'ok' }))

router.get('/readyz', async (req, res) => {
  const checks = await Promise.all([
    timed('database', () => db.raw('select 1')),
    timed('redis', () => redis.ping()),
  ])
  const ok = checks.every((c) => c.ok)
  res.set('Cache-Control', 'no-store').status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', checks, version: pkg.version })
})

router.get('/admin/dashboard', requireStaff, async (req, res) => {
  const days = { '7d': 7, '30d': 30, '90d': 90 }[req.query.range] || 30
  const since = new Date(Date.now() - days * 24 * 3600 * 1000)
  const [signups, revenue, topPlans] = await Promise.all([
    db('users').where('created_at', '>=', since).count({ n: '*' }).first(),
    db('invoices').where('paid_at', '>=', since).sum({ cents: 'amount_cents' }).first(),
    db('subscriptions').select('plan').count({ n: '*' }).groupBy('plan').orderBy('n', 'desc').limit(5),
  ])
  res.render('admin/dashboard', {
    days,
    signups: Number(signups.n),
    revenue: Number(revenue.cents || 0),
    topPlans,
    host: os.hostname(),
    flags: await flags.list(),
  })
})

router.post('/admin/flags/:name', requireStaff, express.json(), async (req, res) => {
  const flag = await flags.get(req.params.name)
  if (!flag) return res.status(404).json({ error: 'unknown flag' })
  const percent = Math.max(0, Math.min(100, Number.parseInt(req.body.rolloutPercent, 10) || 0))
  await flags.update(flag.name, { enabled: Boolean(req.body.enabled), rolloutPercent: percent, updatedBy: req.user.id })
  res.json({ name: flag.name, enabled: Boolean(req.body.enabled), rolloutPercent: percent })
})

module.exports = router
