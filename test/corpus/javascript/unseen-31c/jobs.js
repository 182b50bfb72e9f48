// corpus: path=worker/jobs.js
'use strict'

// Agenda job definitions. Jobs are scheduled by routes/reports.js from the "Schedule a report"
// form (`agenda.schedule(when, 'report:render', req.body)`), so `job.attrs.data` is the form's
// body as the browser posted it: strings, or objects when the client sends JSON.

const Agenda = require('agenda')
const { exec, execFile } = require('node:child_process')
const fs = require('node:fs/promises')
const path = require('node:path')
const axios = require('axios')
const nodemailer = require('nodemailer')
const { Report } = require('../models')

const agenda = new Agenda({ db: { address: process.env.MONGO_URL, collection: 'jobs' }, processEvery: '30 seconds' })
const mailer = nodemailer.createTransport({ host: process.env.SMTP_HOST, port: 587, secure: false, requireTLS: true })
const OUT_DIR = path.resolve(process.env.REPORT_DIR || '/var/reports')
const TEMPLATES = { weekly: 'weekly.tex', monthly: 'monthly.tex', board: 'board.tex' }

agenda.define('report:render', { concurrency: 2 }, async (job) => {
  const { reportId, template, title } = job.attrs.data
  const texFile = path.join(OUT_DIR, `${reportId}.tex`)
  await fs.writeFile(texFile, `\\title{${title}}\n\\input{${template}}`) // expect: path-traversal
  exec(`pdflatex -interaction=nonstopmode -output-directory ${OUT_DIR} ${texFile}`, (err) => { // expect: command-injection
    if (err) job.fail(err)
  })
})

agenda.define('report:render:v2', { concurrency: 2 }, async (job) => {
  const { template } = job.attrs.data
  const report = await Report.findById(String(job.attrs.data.reportId))
  if (!report || !TEMPLATES[template]) return job.fail('unknown report or template')
  const texFile = path.join(OUT_DIR, `${report.id}.tex`)
  await fs.writeFile(texFile, `\\input{${TEMPLATES[template]}}`) // ok: path-traversal
  await new Promise((resolve, reject) =>
    execFile('pdflatex', ['-interaction=nonstopmode', '-no-shell-escape', '-output-directory', OUT_DIR, texFile], (err) => (err ? reject(err) : resolve())), // ok: command-injection
  )
})

agenda.define('report:deliver', async (job) => {
  const { reportId, webhook } = job.attrs.data
  const pdf = await fs.readFile(path.join(OUT_DIR, `${Number(reportId)}.pdf`))
  // Customers can have the PDF posted to their own endpoint instead of emailed.
  await axios.post(webhook, pdf, { headers: { 'content-type': 'application/pdf' }, timeout: 10000 }) // expect: ssrf
})

agenda.define('report:deliver:v2', async (job) => {
  const report = await Report.findById(String(job.attrs.data.reportId)).populate('account')
  if (!report) return
  const pdf = await fs.readFile(path.join(OUT_DIR, `${report.id}.pdf`))
  // The endpoint is the one the account verified in settings, not whatever the form sent.
  await axios.post(report.account.verifiedWebhookUrl, pdf, { headers: { 'content-type': 'application/pdf' }, timeout: 10000 }) // ok: ssrf
})

agenda.define('report:email', async (job) => {
  const report = await Report.findById(String(job.attrs.data.reportId))
  if (!report) return
  await mailer.sendMail({
    from: 'reports@example.com',
    to: report.ownerEmail,
    subject: `Your report ${report.title}`,
    attachments: [{ filename: `${report.id}.pdf`, path: path.join(OUT_DIR, `${report.id}.pdf`) }],
  })
})

agenda.define('reports:cleanup', async () => {
  const files = await fs.readdir(OUT_DIR)
  const cutoff = Date.now() - 14 * 24 * 3600 * 1000
  for (const name of files) {
    const stat = await fs.stat(path.join(OUT_DIR, name))
    if (stat.mtimeMs < cutoff) await fs.unlink(path.join(OUT_DIR, name))
  }
})

async function start() {
  await agenda.start()
  await agenda.every('1 day', 'reports:cleanup')
}

module.exports = { agenda, start }
