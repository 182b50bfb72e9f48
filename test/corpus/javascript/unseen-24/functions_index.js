// corpus: path=functions/index.js
const functions = require('firebase-functions')
const admin = require('firebase-admin')
const fetch = require('node-fetch')
const crypto = require('crypto')

admin.initializeApp()
const db = admin.firestore()

const TRUSTED_RETURN_HOSTS = ['app.example.com', 'admin.example.com']

exports.login = functions.https.onRequest(async (req, res) => {
  const next = req.query.next || '/'
  const token = await admin.auth().createCustomToken(req.query.uid)
  res.cookie('session', token, { httpOnly: true, secure: true, sameSite: 'lax' }) // ok: insecure-cookie
  res.redirect(next) // expect: open-redirect
})

exports.logout = functions.https.onRequest((req, res) => {
  let target = '/'
  try {
    const url = new URL(req.query.returnTo)
    if (TRUSTED_RETURN_HOSTS.includes(url.hostname)) target = url.toString()
  } catch (err) {
    target = '/'
  }
  res.clearCookie('session')
  res.redirect(target) // ok: open-redirect
})

exports.registerHook = functions.https.onRequest(async (req, res) => {
  const { url, events } = req.body
  const doc = await db.collection('hooks').add({
    url,
    events: Array.isArray(events) ? events : [],
    secret: crypto.randomBytes(24).toString('hex'), // ok: insecure-random
    createdAt: admin.firestore.FieldValue.serverTimestamp(),
  })
  const ping = await fetch(url, { method: 'POST', body: JSON.stringify({ type: 'ping' }) }) // expect: ssrf
  res.json({ id: doc.id, reachable: ping.ok })
})

exports.onOrderCreated = functions.firestore.document('orders/{orderId}').onCreate(async (snap) => {
  const order = snap.data()
  const hooks = await db.collection('hooks').where('events', 'array-contains', 'order.created').get()
  await Promise.all(hooks.docs.map((hook) =>
    fetch(hook.get('url'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'order.created', id: snap.id, total: order.total }),
    })))
})

exports.avatar = functions.https.onRequest(async (req, res) => {
  const user = await db.collection('users').doc(String(req.query.uid)).get() // ok: nosql-injection
  if (!user.exists) return res.status(404).send('not found')
  const upstream = await fetch(`https://www.gravatar.com/avatar/${user.get('emailHash')}?s=128`) // ok: ssrf
  res.set('content-type', 'image/jpeg')
  upstream.body.pipe(res)
})

exports.greet = functions.https.onRequest((req, res) => {
  const name = req.query.name || 'friend'
  res.send(`<html><body><h1>Hello, ${name}!</h1></body></html>`) // expect: xss
})

exports.greetSafe = functions.https.onRequest((req, res) => {
  const name = String(req.query.name || 'friend').replace(/[<>&"']/g, '')
  res.send(`<html><body><h1>Hello, ${name}!</h1></body></html>`) // ok: xss
})
