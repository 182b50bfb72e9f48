const express = require('express')
const app = express()
app.use(express.json())

function merge(target, source) {
  for (const key in source) {
    if (typeof source[key] === 'object' && source[key] !== null) {
      if (!target[key]) target[key] = {}
      merge(target[key], source[key])
    } else {
      target[key] = source[key] // expect: prototype-pollution
    }
  }
  return target
}

app.post('/settings', (req, res) => {
  const settings = merge({}, req.body)
  res.json(settings)
})
