// corpus: path=server/routes/orders.js
const express = require('express')
const path = require('path')
const fs = require('fs/promises')
const { exec, execFile } = require('child_process')
const axios = require('axios')
const jwt = require('jsonwebtoken')
const db = require('../db')
const { requireUser } = require('../middleware/auth')
const { isAllowedHost } = require('../lib/urls')

const router = express.Router()
const INVOICE_DIR = path.resolve(__dirname, '../../invoices')

router.get('/search', requireUser, async (req, res) => {
  const { q = '', sort = 'created_at' } = req.query
  const sql = `SELECT id, total FROM orders WHERE user_id = ${req.user.id} AND note LIKE '%${q}%' ORDER BY ${sort}`
  const rows = await db.query(sql) // expect: sql-injection
  res.json(rows)
})

router.get('/:id', requireUser, async (req, res) => {
  const rows = await db.query('SELECT * FROM orders WHERE id = $1 AND user_id = $2', [req.params.id, req.user.id]) // ok: sql-injection
  if (!rows.length) return res.status(404).json({ error: 'not found' })
  res.json(rows[0])
})

router.get('/:id/invoice', requireUser, async (req, res) => {
  const file = req.query.file
  const data = await fs.readFile(path.join(INVOICE_DIR, file)) // expect: path-traversal
  res.type('pdf').send(data)
})

router.get('/:id/invoice/v2', requireUser, async (req, res) => {
  const file = path.basename(String(req.query.file || ''))
  res.sendFile(file, { root: INVOICE_DIR }) // ok: path-traversal
})

router.post('/:id/label', requireUser, (req, res) => {
  const carrier = req.body.carrier
  exec(`label-printer --carrier ${carrier} --order ${req.params.id}`, (err, stdout) => { // expect: command-injection
    if (err) return res.status(500).json({ error: 'print failed' })
    res.json({ output: stdout })
  })
})

router.post('/:id/label/v2', requireUser, (req, res) => {
  execFile('label-printer', ['--carrier', String(req.body.carrier), '--order', req.params.id], (err, stdout) => { // ok: command-injection
    if (err) return res.status(500).json({ error: 'print failed' })
    res.json({ output: stdout })
  })
})

router.get('/:id/thanks', (req, res) => {
  const name = req.query.name || 'customer'
  res.send(`<h1>Thanks, ${name}!</h1><p>Your order ${req.params.id} is on its way.</p>`) // expect: xss
})

router.get('/:id/continue', (req, res) => {
  res.redirect(req.query.returnTo || '/orders') // expect: open-redirect
})

router.get('/:id/continue/v2', (req, res) => {
  const target = req.query.returnTo
  if (target && isAllowedHost(target)) return res.redirect(target) // ok: open-redirect
  res.redirect('/orders')
})

router.post('/import', requireUser, async (req, res) => {
  const { data } = await axios.get(req.body.sourceUrl, { timeout: 5000 }) // expect: ssrf
  res.json({ imported: Array.isArray(data) ? data.length : 0 })
})

router.post('/share', requireUser, (req, res) => {
  const token = jwt.sign({ order: req.body.orderId }, process.env.SHARE_SECRET, { expiresIn: '1h' }) // ok: hardcoded-secret
  res.json({ token })
})

router.get('/shared/:token', (req, res) => {
  const claims = jwt.decode(req.params.token) // expect: jwt-weak
  res.json({ order: claims && claims.order })
})

module.exports = router
