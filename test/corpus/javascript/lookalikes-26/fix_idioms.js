// corpus: path=src/routes/misc.js
const express = require('express')
const path = require('path')
const fs = require('fs')
const mysql = require('mysql')
const format = require('pg-format')
const sanitize = require('mongo-sanitize')
const validator = require('validator')
const axios = require('axios')
const { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } = require('request-filtering-agent')
const { execFileSync } = require('child_process')
const router = express.Router()
const ROOT = path.resolve('files')
const conn = mysql.createConnection({})
const db = require('../db')
const { User } = require('../models')

router.get('/a', (req, res) => {
  const safe = path.normalize(req.query.file).replace(/^(\.\.(\/|\\|$))+/, '')
  res.send(fs.readFileSync(path.join(ROOT, safe))) // ok: path-traversal
})
router.get('/b', (req, res) => {
  if (req.query.file.includes('..')) return res.sendStatus(400)
  res.send(fs.readFileSync(path.join(ROOT, req.query.file))) // ok: path-traversal
})
router.get('/c', (req, res) => {
  conn.query('SELECT * FROM users WHERE name = ' + mysql.escape(req.query.name), (e, r) => res.json(r)) // ok: sql-injection
})
router.get('/d', async (req, res) => {
  res.json(await db.query(format('SELECT * FROM users WHERE name = %L', req.query.name))) // ok: sql-injection
})
router.post('/e', async (req, res) => {
  res.json(await User.findOne({ name: sanitize(req.body.name) })) // ok: nosql-injection
})
router.post('/f', async (req, res) => {
  res.json(await User.findOne({ name: { $eq: req.body.name } })) // ok: nosql-injection
})
router.get('/g', (req, res) => {
  res.redirect('/search?q=' + encodeURIComponent(req.query.q)) // ok: open-redirect
})
router.get('/h', async (req, res) => {
  const r = await axios.get(req.query.url, { httpAgent: new RequestFilteringHttpAgent(), httpsAgent: new RequestFilteringHttpsAgent() }) // ok: ssrf
  res.json(r.data)
})
router.get('/i', (req, res) => {
  if (!validator.isAlphanumeric(req.query.name)) return res.sendStatus(400)
  res.send(execFileSync('id', [req.query.name]).toString()) // ok: command-injection
})
router.get('/j', (req, res) => {
  res.send('<p>' + validator.escape(req.query.name) + '</p>') // ok: xss
})
router.get('/k', (req, res) => {
  if (!validator.isAlphanumeric(req.query.name)) return res.sendStatus(400)
  conn.query(`SELECT * FROM users WHERE name = '${req.query.name}'`, (e, r) => res.json(r)) // ok: sql-injection
})
router.get('/l', (req, res) => {
  res.send(`<a href="/u/${encodeURIComponent(req.query.name)}">profile</a>`) // ok: xss
})
module.exports = router
