// corpus: path=src/routes/logs.js
const express = require('express')
const { exec } = require('child_process')

const router = express.Router()

router.get('/logs/tail', (req, res) => {
  const lines = req.query.lines || 100
  exec('tail -n ' + lines + ' /var/log/app/app.log', (err, stdout) => { // expect: command-injection
    if (err) return res.sendStatus(500)
    res.type('text/plain').send(stdout)
  })
})

module.exports = router
