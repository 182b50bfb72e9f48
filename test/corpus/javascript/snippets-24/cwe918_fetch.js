const express = require('express')
const axios = require('axios')
const app = express()

app.get('/proxy', async (req, res) => {
  const response = await axios.get(req.query.target) // expect: ssrf
  res.send(response.data)
})

app.get('/weather', async (req, res) => {
  const city = encodeURIComponent(req.query.city)
  const response = await axios.get(`https://api.weather.example.com/v1/current?city=${city}`) // ok: ssrf
  res.json(response.data)
})

app.get('/avatar', async (req, res) => {
  const response = await axios.get(`https://${req.query.host}/avatar.png`, { responseType: 'arraybuffer' }) // expect: ssrf
  res.type('png').send(response.data)
})
