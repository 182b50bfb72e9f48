// corpus: path=src/controllers/admin.js
const knex = require('../db/knex')
const { spawnSync } = require('child_process')
const vm = require('vm')
const http = require('http')
const { sequelize } = require('../models')

function buildUserFilter(field, value) {
  return `${field} = '${value}'`
}

exports.findUsers = async (req, res) => {
  const { body: { field = 'email', value } } = req
  const users = await knex('users').whereRaw(buildUserFilter(field, value)) // expect: sql-injection
  res.json(users)
}

exports.findUsersSafe = async (req, res) => {
  const users = await knex('users').where(req.body.field === 'name' ? 'name' : 'email', req.body.value) // ok: sql-injection
  res.json(users)
}

exports.report = async (req, res) => {
  const rows = await sequelize.query('SELECT * FROM audit WHERE actor = :actor', { // ok: sql-injection
    replacements: { actor: req.query.actor },
    type: sequelize.QueryTypes.SELECT,
  })
  res.json(rows)
}

exports.runScript = (req, res) => {
  const script = req.body.script
  const result = spawnSync('sh', ['-c', script], { encoding: 'utf8' }) // expect: command-injection
  res.json({ code: result.status, out: result.stdout })
}

exports.evaluateRule = (req, res) => {
  const sandbox = { order: req.body.order, result: null }
  vm.runInNewContext(`result = (${req.body.rule})`, sandbox, { timeout: 50 }) // expect: code-injection
  res.json({ allowed: Boolean(sandbox.result) })
}

exports.ping = (req, res) => {
  const target = req.query.host
  http.get(`http://${target}/health`, (upstream) => { // expect: ssrf
    res.status(upstream.statusCode).end()
  })
}

exports.logout = (req, res) => {
  const back = req.get('referer') || '/'
  res.setHeader('Location', back) // expect: open-redirect
  res.status(302).end()
}

exports.banner = (req, res) => {
  const text = String(req.query.text || '').replace(/[<>&"']/g, '')
  res.send('<div class="banner">' + text + '</div>') // ok: xss
}
