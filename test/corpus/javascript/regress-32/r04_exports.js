// corpus: path=src/routes/exports.js
const fs = require('node:fs/promises')
const path = require('node:path')
const express = require('express')
const { stringify } = require('csv-stringify/sync')
const { Report } = require('../models')
const { requireUser } = require('../middleware/auth')

const router = express.Router()
const EXPORT_DIR = path.resolve(process.env.EXPORT_DIR || 'var/exports')

function toRows(report) {
  return report.lines.map((line) => ({
    label: line.label,
    amount: line.amountCents / 100,
    period: line.period.toISOString().slice(0, 10),
  }))
}

router.post('/:reportId', requireUser, async (req, res, next) => {
  try {
    const { filename = 'report', format = 'csv', delimiter = ',' } = req.body
    const report = await Report.findOne({
      where: { id: req.params.reportId, teamId: req.user.teamId },
      include: ['lines'],
    })
    if (!report) return res.sendStatus(404)
    await fs.mkdir(EXPORT_DIR, { recursive: true })
    const rows = toRows(report)
    let file
    switch (format) {
      case 'csv':
        file = path.join(EXPORT_DIR, `${report.id}.csv`)
        await fs.writeFile(file, stringify(rows, { header: true, delimiter: delimiter === ';' ? ';' : ',' }))
        break
      case 'json':
        file = path.join(EXPORT_DIR, `${report.id}.json`)
        await fs.writeFile(file, JSON.stringify(rows, null, 2))
        break
      case 'ndjson':
        file = path.join(EXPORT_DIR, `${filename}.ndjson`)
        await fs.writeFile(file, rows.map((r) => JSON.stringify(r)).join('\n')) // expect: path-traversal
        break
      default:
        return res.status(400).json({ error: `unknown format` })
    }
    await report.update({ lastExport: path.basename(file) })
    res.status(201).json({ file: path.basename(file), download: `/exports/${report.id}/download` })
  } catch (err) {
    next(err)
  }
})

router.get('/:reportId/download', requireUser, async (req, res, next) => {
  try {
    const report = await Report.findOne({ where: { id: req.params.reportId, teamId: req.user.teamId } })
    if (!report || !report.lastExport) return res.sendStatus(404)
    res.download(path.join(EXPORT_DIR, path.basename(report.lastExport)))
  } catch (err) {
    next(err)
  }
})

router.get('/:reportId/status', requireUser, async (req, res, next) => {
  try {
    const { label } = req.query
    const report = await Report.findOne({ where: { id: req.params.reportId, teamId: req.user.teamId } })
    if (!report) return res.sendStatus(404)
    const state = report.lastExport ? 'ready' : 'pending'
    res.set('Cache-Control', 'no-store')
    if (req.accepts('html')) {
      const heading = label ? `Export: ${label}` : `Export of ${report.title}`
      return res.send(`<!doctype html><h1>${heading}</h1><p>Status: ${state}</p>`) // expect: xss
    }
    res.json({ state })
  } catch (err) {
    next(err)
  }
})

module.exports = router
