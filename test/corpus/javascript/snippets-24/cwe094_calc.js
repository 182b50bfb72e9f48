const express = require('express')
const app = express()
app.use(express.json())

app.post('/calc', (req, res) => {
  const result = eval(req.body.expression) // expect: code-injection
  res.json({ result })
})

app.post('/calc-safe', (req, res) => {
  const a = Number(req.body.a)
  const b = Number(req.body.b)
  const ops = { add: (x, y) => x + y, sub: (x, y) => x - y }
  const op = ops[req.body.op]
  if (!op) return res.status(400).end()
  res.json({ result: op(a, b) })
})

app.post('/template', (req, res) => {
  const fn = new Function('data', 'return `' + req.body.template + '`') // expect: code-injection
  res.send(fn({ name: 'x' }))
})

app.get('/timer', (req, res) => {
  setTimeout('refresh(' + JSON.stringify(req.query.id) + ')', 1000) // expect: code-injection
  res.end()
})
