// corpus: path=src/admin/tools.ts
import express, { type Request, type Response, type NextFunction } from 'express'
import crypto from 'node:crypto'
import md5 from 'md5'
import CryptoJS from 'crypto-js'
import bcrypt from 'bcryptjs'
import template from 'lodash.template'
import vm from 'node:vm'
import { db } from '../db'
import { audit } from '../audit'

export const adminTools = express.Router()
adminTools.use(express.json({ limit: '256kb' }))

// Integration keys are shown once at creation and looked up by digest afterwards.
function keyDigest(key: string): string {
  return crypto.createHash('sha1').update(key).digest('hex') // expect: weak-hash
}

async function requireIntegrationKey(req: Request, res: Response, next: NextFunction) {
  const presented = req.get('x-integration-key')
  if (!presented) return res.status(401).json({ error: 'missing key' })
  const row = await db.integrationKey.findUnique({ where: { digest: keyDigest(presented) } })
  if (!row || row.revokedAt) return res.status(401).json({ error: 'invalid key' })
  res.locals.integration = row
  next()
}

adminTools.post('/integration-keys', async (req, res) => {
  const key = `ik_${crypto.randomBytes(24).toString('base64url')}`
  await db.integrationKey.create({ data: { name: String(req.body.name ?? 'unnamed'), digest: keyDigest(key) } })
  res.status(201).json({ key })
})

adminTools.post('/staff', async (req, res) => {
  const { email, password } = req.body as { email: string; password: string }
  const passwordHash = await bcrypt.hash(password, 12) // ok: weak-hash
  const legacyHash = md5(password) // expect: weak-hash
  await db.staff.create({ data: { email, passwordHash, legacyHash } })
  res.status(201).json({ email })
})

adminTools.post('/kiosk-pin', async (req, res) => {
  const pin = String(req.body.pin ?? '')
  if (!/^\d{6}$/.test(pin)) return res.status(400).json({ error: 'pin must be six digits' })
  const pinHash = CryptoJS.SHA256(pin).toString(CryptoJS.enc.Hex) // expect: weak-hash
  await db.kiosk.update({ where: { id: String(req.body.kioskId) }, data: { pinHash } })
  res.json({ ok: true })
})

adminTools.get('/exports/:id/etag', async (req, res) => {
  const file = await db.export.findUnique({ where: { id: req.params.id } })
  if (!file) return res.sendStatus(404)
  res.set('ETag', `"${crypto.createHash('md5').update(file.body).digest('hex')}"`) // ok: weak-hash
  res.sendStatus(204)
})

// Support staff can try out the subject line and body of the dunning mails before saving them.
adminTools.post('/dunning/preview', async (req, res) => {
  const sample = { customer: { name: 'Grace Hopper' }, invoice: { number: 'INV-1042', amount: '€120.00', daysLate: 14 } }
  const subject = template(req.body.subject, { interpolate: /{{([\s\S]+?)}}/g })(sample) // expect: template-injection
  const context = vm.createContext({ ...sample })
  const body = vm.runInContext('`' + String(req.body.body) + '`', context) // expect: template-injection
  res.json({ subject, body })
})

adminTools.post('/dunning/preview-safe', async (req, res) => {
  const sample: Record<string, string> = { name: 'Grace Hopper', number: 'INV-1042', amount: '€120.00' }
  const fill = (text: string) => text.replace(/{{\s*(\w+)\s*}}/g, (_, key: string) => sample[key] ?? '') // ok: template-injection
  res.json({ subject: fill(String(req.body.subject)), body: fill(String(req.body.body)) })
})

adminTools.post('/integration/events', requireIntegrationKey, async (req, res) => {
  await audit('integration.event', { integration: res.locals.integration.id, type: req.body.type })
  res.status(202).end()
})
