const express = require('express')
const cors = require('cors')
const app = express()

app.use(cors({ origin: true, credentials: true })) // expect: permissive-cors

app.use('/public', cors()) // ok: permissive-cors

app.use((req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin) // expect: permissive-cors
  res.setHeader('Access-Control-Allow-Credentials', 'true')
  next()
})
