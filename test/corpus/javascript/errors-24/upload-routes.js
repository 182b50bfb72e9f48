// corpus: path=src/routes/uploads.js
const express = require('express')
const { parseCsv } = require('../lib/csv')
const { ValidationError } = require('../lib/errors')
const uploads = require('../services/uploads')
const logger = require('../lib/logger')

const router = express.Router()

router.post('/uploads', async (req, res) => {
  try {
    const rows = await parseCsv(req.body.csv)
    const upload = await uploads.create(req.user.id, rows)
    res.status(201).json({ id: upload.id, rows: rows.length })
  } catch (err) {
    if (err instanceof ValidationError) {
      return res.status(400).json({ error: err.message })  // ok: error-exposure
    }
    res.status(500).json({ error: err.message, stack: err.stack })  // expect: error-exposure
  }
})

router.get('/uploads/:id', async (req, res) => {
  try {
    const upload = await uploads.find(req.user.id, req.params.id)
    if (!upload) return res.status(404).json({ error: 'Not found' })
    res.json(upload)
  } catch (err) {
    logger.error({ err }, 'loading upload failed')
    console.error(err.stack)  // ok: error-exposure
    res.status(500).json({ error: 'Internal error' })  // ok: error-exposure
  }
})

router.delete('/uploads/:id', async (req, res) => {
  try {
    await uploads.remove(req.user.id, req.params.id)
    res.status(204).end()
  } catch (e) {
    res.status(500).send(e.stack)  // expect: error-exposure
  }
})

router.post('/uploads/:id/reprocess', (req, res) => {
  uploads
    .reprocess(req.params.id)
    .then((job) => res.status(202).json({ job: job.id }))
    .catch((error) => res.status(500).send(error))  // expect: error-exposure
})

module.exports = router
