// corpus: path=src/routes/ops.js
const { exec } = require('child_process')
const express = require('express')

const router = express.Router()

router.post('/ops/restart', (req, res) => {
  const units = ['web', req.body.unit]
  const unit = units.shift()
  exec('systemctl restart ' + unit, (err) => { // ok: command-injection
    res.json({ ok: !err })
  })
})

module.exports = router
