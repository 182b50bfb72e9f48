// corpus: path=services/sheets/server.js
'use strict'

// Spreadsheet service behind the public API gateway: the gateway checks the API key and passes the
// request through, so formulas, templates and names in it are the API client's.
const restify = require('restify')
const errors = require('restify-errors')
const vm = require('vm')
const path = require('path')
const fs = require('fs/promises')
const safeEval = require('safe-eval')
const { create, all } = require('mathjs')
const template = require('lodash.template')
const { Liquid } = require('liquidjs')

const math = create(all)
const liquid = new Liquid({ strictFilters: true, ownPropertyOnly: true })
const SHEETS_DIR = path.resolve(process.env.SHEETS_DIR || '/srv/sheets')
const SHEET_ID = /^[a-z0-9][a-z0-9-]{2,63}$/

const server = restify.createServer({ name: 'sheets' })
server.use(restify.plugins.queryParser())
server.use(restify.plugins.bodyParser({ mapParams: false }))

function cellContext(cells) {
  return Object.fromEntries(Object.entries(cells || {}).map(([k, v]) => [k, Number(v) || 0]))
}

server.post('/formulas/evaluate', (req, res, next) => {
  const value = safeEval(req.body.formula, cellContext(req.body.cells)) // expect: code-injection
  res.send({ value })
  return next()
})

server.post('/formulas/evaluate-sandboxed', (req, res, next) => {
  const sandbox = { ...cellContext(req.body.cells), Math }
  const value = vm.runInNewContext(req.body.formula, sandbox, { timeout: 50 }) // expect: code-injection
  res.send({ value })
  return next()
})

server.post('/v2/formulas/evaluate', (req, res, next) => {
  try {
    const value = math.evaluate(String(req.body.formula), cellContext(req.body.cells)) // ok: code-injection
    res.send({ value: typeof value === 'number' ? value : String(value) })
    return next()
  } catch (err) {
    return next(new errors.BadRequestError('Invalid formula'))
  }
})

// Report headers and footers are small templates the client writes, e.g. "Total: <%= total %>".
server.post('/reports/render', (req, res, next) => {
  const render = template(req.body.header || '') // expect: template-injection
  res.send({ header: render({ total: req.body.total, sheet: req.body.sheet }) })
  return next()
})

server.post('/v2/reports/render', async (req, res, next) => {
  const header = await liquid.parseAndRender(String(req.body.header || ''), { total: req.body.total, sheet: req.body.sheet }) // ok: template-injection
  res.send({ header })
  return next()
})

server.get('/sheets/:id', async (req, res, next) => {
  try {
    const raw = await fs.readFile(path.join(SHEETS_DIR, `${req.params.id}.json`), 'utf8') // expect: path-traversal
    res.send(JSON.parse(raw))
    return next()
  } catch (err) {
    res.send(500, { error: err.message, stack: err.stack }) // expect: error-exposure
    return next(false)
  }
})

server.get('/v2/sheets/:id', async (req, res, next) => {
  if (!SHEET_ID.test(req.params.id)) return next(new errors.BadRequestError('Bad sheet id'))
  try {
    const raw = await fs.readFile(path.join(SHEETS_DIR, `${req.params.id}.json`), 'utf8') // ok: path-traversal
    res.send(JSON.parse(raw))
    return next()
  } catch (err) {
    req.log.error({ err }, 'sheet read failed')
    return next(new errors.NotFoundError('No such sheet')) // ok: error-exposure
  }
})

server.listen(Number(process.env.PORT) || 8080, () => {
  console.log('%s listening at %s', server.name, server.url)
})
