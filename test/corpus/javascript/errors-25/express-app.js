// corpus: path=src/app.js
const express = require('express')
const util = require('util')
const path = require('path')
const { generateInvoice } = require('./invoices')

const app = express()
app.set('views', path.join(__dirname, 'views'))
app.set('view engine', 'pug')

app.get('/invoices/:id.pdf', async (req, res) => {
  try {
    const pdf = await generateInvoice(req.params.id)
    res.type('application/pdf').send(pdf)
  } catch (err) {
    res.status(500).send(`<pre>${util.inspect(err)}</pre>`)  // expect: error-exposure
  }
})

app.get('/invoices/:id', async (req, res, next) => {
  try {
    res.json(await generateInvoice(req.params.id, { format: 'json' }))
  } catch (err) {
    res.status(500).json({ error: err.toString() })  // ok: error-exposure
  }
})

app.post('/invoices/:id/send', async (req, res) => {
  try {
    await generateInvoice(req.params.id, { email: true })
    res.sendStatus(202)
  } catch (err) {
    res.status(502).json({ error: { message: err.message, details: err } })  // expect: error-exposure
  }
})

// express-generator's error handler: the error's detail only in development
app.use(function (err, req, res, next) {
  res.locals.message = err.message
  res.locals.error = req.app.get('env') === 'development' ? err : {}
  res.status(err.status || 500)
  res.render('error')  // ok: error-exposure
})

module.exports = app
