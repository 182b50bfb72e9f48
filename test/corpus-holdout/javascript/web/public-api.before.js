const express = require('express')
const cors = require('cors')

const app = express()

app.use(cors({ origin: process.env.APP_ORIGIN, credentials: true }))


app.use('/v1', require('./routes/v1'))

module.exports = app
