// corpus: path=src/routes/thumbs.js
const express = require('express')
const { exec } = require('child_process')
const path = require('path')

const router = express.Router()
const UPLOADS = path.join(__dirname, '..', 'uploads')

router.post('/thumbs/:id', (req, res) => {
  const size = req.body.size || '256x256'
  if (!/^\d{1,4}x\d{1,4}$/.test(size)) return res.status(422).json({ error: 'validation_failed' })
  const src = path.join(UPLOADS, `${Number(req.params.id)}.png`)
  exec(`convert "${src}" -thumbnail ${size} "${src}.thumb.png"`, (err) => { // ok: command-injection
    res.status(err ? 500 : 201).end()
  })
})

module.exports = router
