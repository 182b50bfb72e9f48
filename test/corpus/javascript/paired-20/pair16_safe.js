// corpus: path=src/routes/jobs.js
const express = require('express')
const validator = require('validator')
const { exec } = require('child_process')

const router = express.Router()

router.post('/jobs/:id/retry', (req, res) => {
  const id = req.params.id
  if (!validator.isUUID(id)) {
    return res.status(400).json({ error: 'bad id' })
  }
  exec(`./bin/retry-job ${id}`, (err) => { // ok: command-injection
    if (err) return res.sendStatus(500)
    res.sendStatus(202)
  })
})

module.exports = router
