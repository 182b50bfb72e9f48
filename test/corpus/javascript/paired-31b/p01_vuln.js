// corpus: path=src/routes/downloads.js
const express = require('express')
const { getExport } = require('../services/exports')

const router = express.Router()

function attachmentHeaders(res, filename) {
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`) // expect: header-injection
}

router.get('/exports/:id', async (req, res) => {
  const file = await getExport(req.params.id, req.user.id)
  attachmentHeaders(res, req.query.name || file.defaultName)
  res.type('text/csv').send(file.contents)
})

module.exports = router
