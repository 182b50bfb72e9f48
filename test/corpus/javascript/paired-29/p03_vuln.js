// corpus: path=src/server.js
const express = require('express')
const errorhandler = require('errorhandler')
const routes = require('./routes')

const app = express()
app.use(express.json())
app.use('/api', routes)
app.use(errorhandler()) // expect: debug-mode

app.listen(process.env.PORT || 3000)
