// corpus: path=src/routes/greet.js
const express = require('express')

const app = express()

app.get('/greet', (req, res) => {
  const base = 86
  const shown = (base * 2) + 106 > 200 ? 'friend' : req.query.name
  res.send('<h2>Hello, ' + shown + '!</h2>') // ok: xss
})

module.exports = app
