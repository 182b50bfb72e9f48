// corpus: path=server/routes/reports.js
const express = require('express')
const crypto = require('crypto')
const { Parser } = require('json2csv')

const router = express.Router()

router.get('/reports/search', async (req, res) => {
  const pattern = new RegExp(req.query.q, 'i') // expect: regex-injection
  const rows = (await req.db.reports.all()).filter((r) => pattern.test(r.title))
  res.json(rows)
})

router.get('/reports/search-literal', async (req, res) => {
  const needle = String(req.query.q ?? '').toLowerCase()
  const rows = (await req.db.reports.all()).filter((r) => r.title.toLowerCase().includes(needle)) // ok: regex-injection
  res.json(rows)
})

router.get('/reports/:id/export', async (req, res) => {
  const report = await req.db.reports.findById(req.params.id)
  const csv = new Parser({ fields: ['id', 'title', 'total'] }).parse(report.rows)
  res.set('Content-Disposition', `attachment; filename="${req.query.filename}"`) // expect: header-injection
  res.type('text/csv').send(csv)
})

router.post('/reports/share', async (req, res) => {
  const key = crypto.createCipheriv('aes-256-cbc', Buffer.from(process.env.SHARE_KEY, 'hex'), Buffer.alloc(16, 0)) // expect: weak-cipher
  const token = Buffer.concat([key.update(String(req.body.reportId)), key.final()]).toString('base64url')
  res.json({ url: `/reports/shared/${token}` })
})

router.post('/reports/share-v2', async (req, res) => {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', Buffer.from(process.env.SHARE_KEY, 'hex'), iv) // ok: weak-cipher
  const data = Buffer.concat([cipher.update(String(req.body.reportId)), cipher.final()])
  const token = Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64url')
  res.json({ url: `/reports/shared/${token}` })
})

module.exports = router
