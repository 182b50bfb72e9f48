// corpus: path=src/server/reports.js
const fs = require('fs')
const path = require('path')
const Router = require('@koa/router')
const { spawnSync, execFile } = require('child_process')
const { promisify } = require('util')

const execFileAsync = promisify(execFile)
const REPORT_DIR = process.env.REPORT_DIR || '/srv/reports'
const LOGO = fs.readFileSync(path.join(__dirname, 'logo.svg'), 'utf8') // ok: blocking-in-async

const router = new Router()

router.get('/reports', async (ctx) => {
  const names = fs.readdirSync(REPORT_DIR) // expect: blocking-in-async
  ctx.body = { logo: LOGO, reports: names.filter((n) => n.endsWith('.pdf')) }
})

router.get('/reports-v2', async (ctx) => {
  const names = await fs.promises.readdir(REPORT_DIR)
  ctx.body = { logo: LOGO, reports: names.filter((n) => n.endsWith('.pdf')) }
})

router.post('/reports/:id/render', async (ctx) => {
  const out = path.join(REPORT_DIR, `${Number(ctx.params.id)}.pdf`)
  const result = spawnSync('wkhtmltopdf', ['--quiet', `http://localhost:3000/reports/${Number(ctx.params.id)}`, out]) // expect: blocking-in-async
  ctx.status = result.status === 0 ? 201 : 500
})

router.post('/reports/:id/render-v2', async (ctx) => {
  const out = path.join(REPORT_DIR, `${Number(ctx.params.id)}.pdf`)
  await execFileAsync('wkhtmltopdf', ['--quiet', `http://localhost:3000/reports/${Number(ctx.params.id)}`, out])
  ctx.status = 201
})

function pruneOld(entries, maxAgeMs) {
  for (const [i, entry] of entries.entries()) {
    if (Date.now() - entry.mtimeMs > maxAgeMs) entries.splice(i, 1) // expect: mutate-while-iterating
  }
  return entries
}

function pruneOldV2(entries, maxAgeMs) {
  return entries.filter((entry) => Date.now() - entry.mtimeMs <= maxAgeMs)
}

module.exports = { router, pruneOld, pruneOldV2 }
