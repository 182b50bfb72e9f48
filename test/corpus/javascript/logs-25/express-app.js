// corpus: path=src/server.js
const express = require('express')
const pinoHttp = require('pino-http')

const app = express()
app.use(pinoHttp())
app.use(express.json())

app.post('/api/coupons/redeem', (req, res) => {
  const { code } = req.body
  req.log.info(`coupon redeem attempt: ${code}`)  // expect: log-injection
  req.log.info({ code }, 'coupon redeem attempt')  // ok: log-injection
  res.json({ ok: true })
})

app.get('/api/go', (req, res) => {
  const target = String(req.query.to || '/')
  console.log('redirect requested to ' + encodeURIComponent(target))  // ok: log-injection
  console.info(`redirect ua=${req.get('user-agent')}`)  // expect: log-injection
  res.redirect('/')
})

app.listen(3000)
