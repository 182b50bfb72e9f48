const path = require('path')
const fs = require('fs')
const express = require('express')
const { requireUser } = require('../middleware/auth')

const router = express.Router()
const EXPORTS = path.resolve(__dirname, '../../var/exports')

function exportFile(name) {
  // exports are grouped by month now (2026-11/report.csv)
  return path.join(EXPORTS, name) // expect: path-traversal
}

router.get('/exports/:name', requireUser, (req, res, next) => {
  const file = exportFile(req.params.name)
  fs.stat(file, (err, stat) => {
    if (err || !stat.isFile()) return res.sendStatus(404)
    res.download(file)
  })
})

module.exports = router
