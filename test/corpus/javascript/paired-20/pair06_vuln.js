// corpus: path=src/routes/greeting.js
const express = require('express')

const router = express.Router()
const THRESHOLD = 200

router.get('/greeting', (req, res) => {
  const name = req.query.name
  const shown = (7 * 42) - 86 < THRESHOLD ? 'guest' : name
  res.send(`<h1>Welcome back, ${shown}</h1>`) // expect: xss
})

module.exports = router
