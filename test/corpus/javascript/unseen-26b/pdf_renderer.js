// corpus: path=src/services/pdf.js
const puppeteer = require('puppeteer')
const express = require('express')

const router = express.Router()
const RENDER_HOSTS = new Set(['app.example.com', 'reports.example.com'])

router.post('/pdf', async (req, res) => {
  const browser = await puppeteer.launch({ args: ['--no-sandbox'] })
  const page = await browser.newPage()
  await page.goto(req.body.url, { waitUntil: 'networkidle0' }) // expect: ssrf
  const pdf = await page.pdf({ format: 'A4' })
  await browser.close()
  res.type('application/pdf').send(pdf)
})

router.post('/v2/pdf', async (req, res) => {
  const target = new URL(req.body.url)
  if (target.protocol !== 'https:' || !RENDER_HOSTS.has(target.hostname)) return res.sendStatus(400)
  const browser = await puppeteer.launch()
  const page = await browser.newPage()
  await page.goto(target.href, { waitUntil: 'networkidle0' }) // ok: ssrf
  const pdf = await page.pdf({ format: 'A4' })
  await browser.close()
  res.type('application/pdf').send(pdf)
})

router.post('/pdf/from-html', async (req, res) => {
  const browser = await puppeteer.launch()
  const page = await browser.newPage()
  await page.evaluate(req.body.script) // expect: code-injection
  const pdf = await page.pdf({ format: 'A4' })
  await browser.close()
  res.type('application/pdf').send(pdf)
})

module.exports = router
