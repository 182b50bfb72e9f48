// corpus: path=src/routes/jobs.js
const express = require('express')
const validator = require('validator')
const { exec } = require('child_process')

const router = express.Router()

router.post('/jobs/:id/retry', (req, res) => {
  const id = req.params.id
  if (!validator.isLength(id, { min: 1, max: 64 })) {
    return res.status(400).json({ error: 'bad id' })
  }
  exec(`./bin/retry-job ${id}`, (err) => { // expect: command-injection
    if (err) return res.sendStatus(500)
    res.sendStatus(202)
  })
})

module.exports = router
