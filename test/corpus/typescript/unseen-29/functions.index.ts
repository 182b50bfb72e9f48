// corpus: path=functions/src/index.ts
import { initializeApp } from 'firebase-admin/app'
import { getAuth } from 'firebase-admin/auth'
import { FieldValue, getFirestore } from 'firebase-admin/firestore'
import { getStorage } from 'firebase-admin/storage'
import { onCall, onRequest, HttpsError } from 'firebase-functions/v2/https'
import { defineSecret } from 'firebase-functions/params'
import * as logger from 'firebase-functions/logger'
import { createHmac, timingSafeEqual } from 'node:crypto'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

initializeApp()
const db = getFirestore()
const bucket = getStorage().bucket()
const run = promisify(execFile)
const webhookSecret = defineSecret('BILLING_WEBHOOK_SECRET')

export const billingWebhook = onRequest({ secrets: [webhookSecret] }, async (req, res) => {
  const signature = req.get('x-billing-signature') ?? ''
  const expected = createHmac('sha256', webhookSecret.value()).update(req.rawBody).digest('hex')
  if (signature !== expected) { // expect: timing-unsafe-comparison
    res.status(401).send('bad signature')
    return
  }
  const event = req.body as { type: string; data: { customerId: string; plan: string; uid: string } }
  logger.info('billing event', { type: event.type, customer: event.data.customerId }) // ok: log-injection
  if (event.type === 'subscription.updated') {
    await db.doc(`accounts/${event.data.uid}`).set({ plan: event.data.plan, updatedAt: FieldValue.serverTimestamp() }, { merge: true })
    await getAuth().setCustomUserClaims(event.data.uid, { plan: event.data.plan })
  }
  res.status(204).end()
})

export const partnerWebhook = onRequest({ secrets: [webhookSecret] }, async (req, res) => {
  const given = Buffer.from(req.get('x-partner-signature') ?? '', 'hex')
  const wanted = createHmac('sha256', webhookSecret.value()).update(req.rawBody).digest()
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) { // ok: timing-unsafe-comparison
    res.status(401).send('bad signature')
    return
  }
  res.status(204).end()
})

export const exportReport = onRequest({ cors: true }, async (req, res) => {
  const idToken = (req.get('authorization') ?? '').replace(/^Bearer /, '')
  try {
    const decoded = await getAuth().verifyIdToken(idToken)
    const snapshot = await db.collection('reports').where('owner', '==', decoded.uid).where('name', '==', req.query.name).get() // ok: nosql-injection
    const rows = snapshot.docs.map((d) => d.data())
    res.json({ rows })
  } catch (err) {
    logger.error('report export failed', err)
    res.status(500).json({ error: (err as Error).message, stack: (err as Error).stack }) // expect: error-exposure
  }
})

export const thumbnail = onCall({ enforceAppCheck: true }, async (request) => {
  if (!request.auth) throw new HttpsError('unauthenticated', 'sign in first')
  const { path, size } = request.data as { path: string; size: string }
  const local = `/tmp/${request.auth.uid}-${Date.now()}`
  await bucket.file(`uploads/${request.auth.uid}/${path}`).download({ destination: local })
  await run('convert', [local, '-resize', `${Number.parseInt(size, 10) || 256}x`, `${local}.png`]) // ok: command-injection
  await bucket.upload(`${local}.png`, { destination: `thumbs/${request.auth.uid}/${path}.png` })
  return { ok: true }
})

export const mirrorAvatar = onCall(async (request) => {
  if (!request.auth) throw new HttpsError('unauthenticated', 'sign in first')
  const { avatarUrl } = request.data as { avatarUrl: string }
  const response = await fetch(avatarUrl) // expect: ssrf
  const bytes = Buffer.from(await response.arrayBuffer())
  await bucket.file(`avatars/${request.auth.uid}.png`).save(bytes, { contentType: 'image/png' })
  return { ok: true }
})

export const inviteMember = onCall(async (request) => {
  if (!request.auth?.token.admin) throw new HttpsError('permission-denied', 'admins only')
  const { email } = request.data as { email: string }
  const inviteToken = Math.random().toString(36).slice(2, 10) // expect: insecure-random
  await db.collection('invites').doc(inviteToken).set({ email, createdBy: request.auth.uid, createdAt: FieldValue.serverTimestamp() })
  logger.info('invite created', { email, inviteToken }) // expect: sensitive-logging
  return { ok: true }
})
