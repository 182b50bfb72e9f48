// corpus: path=src/app.js
const express = require('express')
const errorhandler = require('errorhandler')
const routes = require('./routes')

const app = express()

app.use(express.json())
app.use('/api', routes)

if (process.env.NODE_ENV !== 'test') {
  app.use(errorhandler()) // expect: debug-mode
}

module.exports = app
