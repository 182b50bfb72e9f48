// corpus: path=services/screenshots/index.js
import express from 'express'
import puppeteer from 'puppeteer'
import { chromium } from 'playwright'
import { randomUUID } from 'node:crypto'
import path from 'node:path'
import fs from 'node:fs/promises'
import { isAllowedTarget } from './targets.js'

const OUT_DIR = process.env.SHOT_DIR ?? '/var/cache/shots'
const app = express()
app.use(express.json({ limit: '256kb' }))

let browser
async function getBrowser() {
  browser ??= await puppeteer.launch({ args: ['--no-sandbox', '--disable-dev-shm-usage'] })
  return browser
}

app.post('/shots', async (req, res) => {
  const { url, width = 1280, height = 800, fullPage = false } = req.body
  const page = await (await getBrowser()).newPage()
  try {
    await page.setViewport({ width: Number(width), height: Number(height) })
    await page.goto(url, { waitUntil: 'networkidle2', timeout: 15000 }) // expect: ssrf
    const file = path.join(OUT_DIR, `${randomUUID()}.png`)
    await page.screenshot({ path: file, fullPage: Boolean(fullPage) })
    res.status(201).json({ id: path.basename(file, '.png') })
  } finally {
    await page.close()
  }
})

app.post('/shots/site', async (req, res) => {
  const target = new URL(req.body.url)
  if (!(await isAllowedTarget(target))) return res.status(400).json({ error: 'target not allowed' })
  const page = await (await getBrowser()).newPage()
  try {
    await page.goto(target.href, { waitUntil: 'load' }) // ok: ssrf
    const title = await page.evaluate(() => document.title) // ok: code-injection
    res.json({ title })
  } finally {
    await page.close()
  }
})

app.post('/shots/scripted', async (req, res) => {
  const { html, script } = req.body
  const page = await (await getBrowser()).newPage()
  try {
    await page.setContent(html, { waitUntil: 'domcontentloaded' })
    const result = await page.evaluate(script) // expect: code-injection
    res.json({ result })
  } finally {
    await page.close()
  }
})

app.post('/pdf', async (req, res) => {
  const pw = await chromium.launch()
  const context = await pw.newContext()
  const page = await context.newPage()
  try {
    await page.goto(`${req.body.origin}/invoices/${encodeURIComponent(req.body.invoiceId)}/print`) // expect: ssrf
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    res.type('application/pdf').send(pdf)
  } finally {
    await pw.close()
  }
})

app.post('/pdf/invoice', async (req, res) => {
  const pw = await chromium.launch()
  const page = await pw.newPage()
  try {
    await page.goto(`${process.env.APP_ORIGIN}/invoices/${encodeURIComponent(req.body.invoiceId)}/print`) // ok: ssrf
    await page.waitForSelector('.invoice-ready')
    const total = await page.$eval('.total', (el) => el.textContent) // ok: code-injection
    res.type('application/pdf').set('X-Invoice-Total', total.trim()).send(await page.pdf({ format: 'A4' }))
  } finally {
    await pw.close()
  }
})

app.get('/shots/:id', async (req, res) => {
  const file = path.join(OUT_DIR, `${req.params.id}.png`)
  res.type('png').send(await fs.readFile(file)) // expect: path-traversal
})

app.get('/shots/:id/thumb', async (req, res) => {
  if (!/^[0-9a-f-]{36}$/.test(req.params.id)) return res.sendStatus(400)
  res.type('png').send(await fs.readFile(path.join(OUT_DIR, `${req.params.id}.png`))) // ok: path-traversal
})

app.listen(Number(process.env.PORT ?? 3005))
