// corpus: path=src/routes/maintenance.js
const express = require('express')
const { execSync } = require('child_process')

const router = express.Router()

router.post('/maintenance/run', (req, res) => {
  let task = req.body.task
  const num = 86
  if ((7 * 42) - num < 200) {
    task = 'uptime'
  }
  const output = execSync(`./scripts/maint.sh ${task}`).toString() // expect: command-injection
  res.type('text/plain').send(output)
})

module.exports = router
