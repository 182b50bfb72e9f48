// corpus: path=functions/index.js
'use strict'

// Cloud Functions for the mobile app. An onCall function's `data` is whatever the app, or anyone
// holding the project's public config, sends; `context.auth` is the verified Firebase user (or
// undefined). onRequest functions are plain public HTTPS endpoints.
const functions = require('firebase-functions')
const admin = require('firebase-admin')
const axios = require('axios')
const crypto = require('crypto')
const os = require('os')
const path = require('path')
const fs = require('fs/promises')

admin.initializeApp()
const db = admin.firestore()
const bucket = admin.storage().bucket()

const TOKEN_KEY = Buffer.from(process.env.TOKEN_KEY_HEX || '', 'hex')
const TOKEN_IV = Buffer.from('6e0c1a5f9b2d4c7e8a3f1b0d2c4e6a8f', 'hex')
const FEED_HOSTS = new Set(['feeds.example-news.com', 'rss.partner-media.net'])

function requireUser(context) {
  if (!context.auth) throw new functions.https.HttpsError('unauthenticated', 'Sign in first')
  return context.auth.uid
}

// Calendar tokens from the user's Google account are stored encrypted in their profile.
function sealToken(plain) {
  const cipher = crypto.createCipheriv('aes-256-cbc', TOKEN_KEY, TOKEN_IV) // expect: weak-cipher
  return Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]).toString('base64')
}

function sealTokenGcm(plain) {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', TOKEN_KEY, iv) // ok: weak-cipher
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64')).join('.')
}

exports.linkCalendar = functions.https.onCall(async (data, context) => {
  const uid = requireUser(context)
  const sealed = process.env.TOKEN_GCM === '1' ? sealTokenGcm(data.refreshToken) : sealToken(data.refreshToken)
  await db.collection('users').doc(uid).set({ calendarToken: sealed }, { merge: true })
  return { linked: true }
})

// Preview of an RSS feed the user wants to follow.
exports.previewFeed = functions.https.onCall(async (data, context) => {
  requireUser(context)
  const { data: xml } = await axios.get(data.feedUrl, { timeout: 5000, responseType: 'text' }) // expect: ssrf
  return { length: xml.length, head: xml.slice(0, 2000) }
})

exports.previewPartnerFeed = functions.https.onCall(async (data, context) => {
  requireUser(context)
  const url = new URL(String(data.feedUrl))
  if (url.protocol !== 'https:' || !FEED_HOSTS.has(url.hostname)) {
    throw new functions.https.HttpsError('invalid-argument', 'Unsupported feed')
  }
  const { data: xml } = await axios.get(url.toString(), { timeout: 5000, responseType: 'text' }) // ok: ssrf
  return { length: xml.length, head: xml.slice(0, 2000) }
})

// The app uploads a file's bytes as base64; it is staged in the instance's temp dir, then copied
// to the user's folder in Storage. One instance serves concurrent calls from different users, all
// sharing that temp dir.
exports.stageAttachment = functions.https.onCall(async (data, context) => {
  const uid = requireUser(context)
  const local = path.join(os.tmpdir(), data.fileName)
  await fs.writeFile(local, Buffer.from(data.contentBase64, 'base64')) // expect: path-traversal, insecure-temp-file
  await bucket.upload(local, { destination: `attachments/${uid}/${path.basename(data.fileName)}` })
  await fs.unlink(local) // also: path-traversal
  return { ok: true }
})

exports.stageAvatar = functions.https.onCall(async (data, context) => {
  const uid = requireUser(context)
  const local = path.join(os.tmpdir(), `${uid}-${crypto.randomUUID()}.img`)
  await fs.writeFile(local, Buffer.from(data.contentBase64, 'base64')) // ok: path-traversal
  await bucket.upload(local, { destination: `avatars/${uid}` })
  await fs.unlink(local)
  return { ok: true }
})

exports.register = functions.https.onCall(async (data) => {
  functions.logger.info('register request', { email: data.email, password: data.password }) // expect: sensitive-logging
  const user = await admin.auth().createUser({ email: data.email, password: data.password, displayName: data.name })
  functions.logger.info('registered', { uid: user.uid, email: data.email }) // ok: sensitive-logging
  return { uid: user.uid }
})

// Email action links land here first, then go on to the continue URL.
exports.emailAction = functions.https.onRequest(async (req, res) => {
  const { mode, oobCode, continueUrl } = req.query
  if (mode === 'verifyEmail') {
    const info = await admin.auth().checkActionCode(String(oobCode)).catch(() => null)
    if (!info) return res.status(400).send('Link expired')
    await admin.auth().applyActionCode(String(oobCode))
  }
  return res.redirect(302, continueUrl || '/') // expect: open-redirect
})

exports.openInApp = functions.https.onRequest((req, res) => {
  const screen = String(req.query.screen || 'home').replace(/[^a-z-]/g, '')
  res.redirect(302, `https://app.example-news.com/open/${screen}`) // ok: open-redirect
})

exports.cleanupUser = functions.auth.user().onDelete(async (user) => {
  await db.collection('users').doc(user.uid).delete()
  await bucket.deleteFiles({ prefix: `attachments/${user.uid}/` })
})
