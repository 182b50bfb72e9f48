// corpus: path=src/routes/exports.js
'use strict'

const express = require('express')
const path = require('path')
const fs = require('fs')
const { spawn } = require('child_process')
const mysql = require('mysql2')
const { QueryTypes } = require('sequelize')
const { sequelize } = require('../models')
const { ensureLoggedIn } = require('../middleware/auth')

const router = express.Router()
const pool = mysql.createPool({ uri: process.env.MYSQL_URL, connectionLimit: 5 })
const EXPORT_DIR = path.resolve(__dirname, '..', '..', 'var', 'exports')
const FORMATS = { csv: 'text/csv', json: 'application/json' }

router.use(ensureLoggedIn)

router.get('/orders', async (req, res, next) => {
  try {
    const rows = await sequelize.query(
      'SELECT id, total, status FROM orders WHERE customer_id = :customer AND status = :status',
      { replacements: { customer: req.user.id, status: req.query.status || 'paid' }, type: QueryTypes.SELECT }, // ok: sql-injection
    )
    res.json(rows)
  } catch (err) {
    next(err)
  }
})

router.get('/orders/by-region', async (req, res, next) => {
  try {
    const region = req.query.region
    const rows = await sequelize.query(`SELECT id, total FROM orders WHERE region = '${region}'`, { type: QueryTypes.SELECT }) // expect: sql-injection
    res.json(rows)
  } catch (err) {
    next(err)
  }
})

router.get('/customers', (req, res, next) => {
  const sort = req.query.sort === 'name' ? 'name' : 'created_at'
  pool.query(`SELECT id, name, email FROM customers ORDER BY ${sort} LIMIT 500`, (err, rows) => { // ok: sql-injection
    if (err) return next(err)
    res.json(rows)
  })
})

router.get('/customers/:id', (req, res, next) => {
  pool.query('SELECT id, name, email FROM customers WHERE id = ' + req.params.id, (err, rows) => { // expect: sql-injection
    if (err) return next(err)
    if (!rows.length) return res.sendStatus(404)
    res.json(rows[0])
  })
})

router.get('/files/:name', (req, res) => {
  res.download(path.join(EXPORT_DIR, req.params.name)) // expect: path-traversal
})

router.get('/files/:name/safe', (req, res) => {
  const name = path.basename(req.params.name)
  res.download(path.join(EXPORT_DIR, name)) // ok: path-traversal
})

router.delete('/files/:name', (req, res, next) => {
  fs.unlink(path.join(EXPORT_DIR, req.params.name), (err) => { // expect: path-traversal
    if (err && err.code !== 'ENOENT') return next(err)
    res.sendStatus(204)
  })
})

router.post('/archive', (req, res) => {
  const format = FORMATS[req.body.format] ? req.body.format : 'csv'
  const label = req.body.label || 'export'
  const child = spawn(`tar czf ${EXPORT_DIR}/${label}.tar.gz *.${format}`, { cwd: EXPORT_DIR, shell: true }) // expect: command-injection
  child.on('close', (code) => res.json({ ok: code === 0 }))
})

router.post('/archive/all', (req, res) => {
  const child = spawn('tar', ['czf', path.join(EXPORT_DIR, 'all.tar.gz'), '.'], { cwd: EXPORT_DIR }) // ok: command-injection
  child.on('close', (code) => res.json({ ok: code === 0 }))
})

module.exports = router
