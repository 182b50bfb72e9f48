// corpus: path=src/routes/proxy.js
const express = require('express')
const axios = require('axios')
const got = require('got')
const dns = require('node:dns').promises
const net = require('node:net')
const ipaddr = require('ipaddr.js')

const router = express.Router()
const http = axios.create({ timeout: 5000, maxRedirects: 0 })
const ALLOWED = ['api.github.com', 'gitlab.com', 'bitbucket.org']

async function isPublicHost(hostname) {
  const addrs = net.isIP(hostname) ? [hostname] : (await dns.lookup(hostname, { all: true })).map((a) => a.address)
  return addrs.every((a) => ipaddr.parse(a).range() === 'unicast')
}

router.get('/fetch', async (req, res, next) => {
  try {
    const response = await axios.get(req.query.url) // expect: ssrf
    res.send(response.data) // expect: xss
  } catch (err) {
    next(err)
  }
})

router.post('/repo-meta', async (req, res, next) => {
  try {
    const target = new URL(req.body.url)
    if (target.protocol !== 'https:' || !ALLOWED.includes(target.hostname)) return res.status(400).end()
    const { data } = await http.get(target.toString()) // ok: ssrf
    res.json(data)
  } catch (err) {
    next(err)
  }
})

router.post('/unfurl', async (req, res, next) => {
  try {
    const link = req.body.link
    const html = await got(link, { timeout: { request: 3000 } }).text() // expect: ssrf
    res.json({ title: /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? null })
  } catch (err) {
    next(err)
  }
})

router.post('/callback-test', async (req, res, next) => {
  try {
    const { callbackUrl } = req.body
    const u = new URL(callbackUrl)
    if (u.protocol !== 'https:' || !(await isPublicHost(u.hostname))) return res.status(400).end()
    const r = await fetch(u, { method: 'POST', redirect: 'manual', body: JSON.stringify({ ping: true }) }) // ok: ssrf
    res.json({ status: r.status })
  } catch (err) {
    next(err)
  }
})

router.get('/image', async (req, res, next) => {
  try {
    const upstream = await fetch(`${req.query.host}/images/${req.query.id}.png`) // expect: ssrf
    res.type('png').send(Buffer.from(await upstream.arrayBuffer()))
  } catch (err) {
    next(err)
  }
})

module.exports = router
