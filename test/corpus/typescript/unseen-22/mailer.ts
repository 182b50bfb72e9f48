// corpus: path=src/notifications/mailer.ts
import Handlebars from 'handlebars'
import ejs from 'ejs'
import got from 'got'
import axios from 'axios'
import https from 'node:https'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Request, Response } from 'express'
import { prisma } from '../db'

const TEMPLATES = path.join(__dirname, 'templates')
const welcome = Handlebars.compile(readFileSync(path.join(TEMPLATES, 'welcome.hbs'), 'utf8')) // ok: template-injection

const mailApi = got.extend({
  prefixUrl: process.env.MAIL_API_URL ?? 'https://api.mailprovider.example/v3',
  headers: { authorization: `Bearer ${process.env.MAIL_API_KEY}` },
  timeout: { request: 10_000 },
})

const legacyCrm = axios.create({
  baseURL: 'https://crm.internal.acme.test',
  httpsAgent: new https.Agent({ rejectUnauthorized: false }), // expect: tls-verify-disabled
})

const metrics = axios.create({ baseURL: 'http://localhost:9091' }) // ok: cleartext-http

export async function sendWelcome(userId: string) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } })
  const html = welcome({ name: user.name, loginUrl: 'https://app.acme.test/login' })
  await mailApi.post('messages', { json: { to: user.email, subject: 'Welcome to Acme', html } })
}

export async function previewCampaign(req: Request, res: Response) {
  const { subjectTemplate, bodyTemplate } = req.body as { subjectTemplate: string; bodyTemplate: string }
  const sample = { name: 'Ada', company: 'Acme' }
  const subject = Handlebars.compile(subjectTemplate)(sample) // expect: template-injection
  const body = ejs.render(bodyTemplate, sample) // expect: template-injection
  res.json({ subject, body })
}

export async function previewWithData(req: Request, res: Response) {
  const data = req.body as Record<string, string>
  const html = await ejs.renderFile(path.join(TEMPLATES, 'campaign.ejs'), { data }) // ok: template-injection
  res.type('html').send(html) // ok: xss
}

export async function syncContact(userId: string) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } })
  await legacyCrm.put(`/contacts/${encodeURIComponent(user.id)}`, { email: user.email, name: user.name })
  await metrics.post('/metrics/job/mailer', 'contacts_synced 1\n')
}

export async function notifyPartner(orderId: string) {
  const order = await prisma.order.findUniqueOrThrow({ where: { id: orderId } })
  await axios.post('http://partners.acme-logistics.com/api/shipments', { orderId: order.id, address: order.shippingAddress }, { // expect: cleartext-http
    headers: { 'x-api-key': process.env.PARTNER_API_KEY ?? '' },
  })
}

export async function unsubscribe(req: Request, res: Response) {
  const email = String(req.query.email ?? '')
  await prisma.user.updateMany({ where: { email }, data: { marketingOptIn: false } })
  res.send(`<p>${Handlebars.escapeExpression(email)} has been unsubscribed.</p>`) // ok: xss
}
