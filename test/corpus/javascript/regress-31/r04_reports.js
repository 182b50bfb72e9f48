// corpus: path=src/routes/reports.js
const fs = require('fs/promises')
const path = require('path')
const express = require('express')
const { buildReport } = require('../reports/build')
const { toCsv } = require('../reports/csv')

const router = express.Router()
const EXPORT_ROOT = path.resolve(process.env.EXPORT_ROOT || './exports')

router.post('/reports/export', async (req, res, next) => {
  const { reportId, format = 'csv' } = req.body
  const name = req.body.name || `report-${reportId}`
  try {
    const report = await buildReport(reportId, req.user)
    if (!report) return res.sendStatus(404)
    const dir = path.join(EXPORT_ROOT, String(req.user.id))
    await fs.mkdir(dir, { recursive: true })
    let file
    if (format === 'csv') {
      file = path.join(dir, `${path.basename(name)}.csv`)
      await fs.writeFile(file, toCsv(report.rows))
    } else if (format === 'json') {
      file = path.join(dir, `${name}.json`)
      await fs.writeFile(file, JSON.stringify(report.rows)) // expect: path-traversal
    } else if (format === 'tsv') {
      file = path.join(dir, `${path.basename(name)}.tsv`)
      await fs.writeFile(file, toCsv(report.rows, '\t')) // ok: path-traversal
    } else {
      return res.status(400).json({ error: `unsupported format ${format}` })
    }
    res.status(201).json({ file: path.relative(EXPORT_ROOT, file) })
  } catch (err) {
    next(err)
  }
})

router.get('/reports/exports', async (req, res) => {
  const dir = path.join(EXPORT_ROOT, String(req.user.id))
  const files = await fs.readdir(dir).catch(() => [])
  res.json({ files })
})

router.delete('/reports/exports/:file', async (req, res) => {
  const dir = path.join(EXPORT_ROOT, String(req.user.id))
  const target = path.join(dir, path.basename(req.params.file))
  await fs.rm(target, { force: true })
  res.sendStatus(204)
})

router.get('/reports/exports/:file', async (req, res) => {
  const dir = path.join(EXPORT_ROOT, String(req.user.id))
  res.download(path.join(dir, path.basename(req.params.file)))
})

router.get('/reports/formats', (req, res) => {
  res.json({ formats: ['csv', 'json', 'tsv'] })
})

module.exports = router
