// corpus: path=functions/src/admin.js
const functions = require('firebase-functions/v1')
const admin = require('firebase-admin')
const express = require('express')
const cors = require('cors')
const jwt = require('jsonwebtoken')

admin.initializeApp()
const db = admin.firestore()
const bucket = admin.storage().bucket()

const app = express()
app.use(cors({ origin: true, credentials: true })) // expect: permissive-cors
app.use(express.json())

async function authenticate(req, res, next) {
  const header = req.get('authorization') || ''
  const token = header.replace(/^Bearer /, '')
  try {
    req.user = await admin.auth().verifyIdToken(token)
    next()
  } catch (err) {
    res.status(401).json({ error: 'unauthenticated' })
  }
}

function legacyAuth(req, res, next) {
  const claims = jwt.decode(req.get('x-legacy-token')) // expect: jwt-weak
  if (!claims || !claims.uid) return res.status(401).end()
  req.user = claims
  next()
}

app.get('/projects', authenticate, async (req, res) => {
  const snap = await db.collection('projects').where('members', 'array-contains', req.user.uid).get()
  res.json(snap.docs.map((d) => ({ id: d.id, ...d.data() })))
})

app.patch('/profile', authenticate, async (req, res) => {
  await db.collection('users').doc(req.user.uid).set(req.body, { merge: true }) // expect: mass-assignment
  res.sendStatus(204)
})

app.patch('/profile/display-name', authenticate, async (req, res) => {
  await db.collection('users').doc(req.user.uid).update({ displayName: String(req.body.displayName).slice(0, 80) }) // ok: mass-assignment
  res.sendStatus(204)
})

app.post('/admin/claims', authenticate, async (req, res) => {
  if (!req.user.admin) return res.status(403).end()
  await admin.auth().setCustomUserClaims(req.body.uid, req.body.claims)
  res.sendStatus(204)
})

app.get('/legacy/export', legacyAuth, async (req, res) => {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(String(req.query.day)) ? req.query.day : 'latest'
  const file = bucket.file(`exports/${req.user.uid}/${day}.csv`)
  const [contents] = await file.download()
  res.type('text/csv').send(contents)
})

app.get('/download', authenticate, async (req, res) => {
  const [url] = await bucket.file(`exports/${req.user.uid}/latest.csv`).getSignedUrl({ action: 'read', expires: Date.now() + 5 * 60 * 1000 })
  res.redirect(url) // ok: open-redirect
})

app.use((err, req, res, next) => {
  functions.logger.error(err)
  res.status(500).json({ error: err.message, stack: err.stack }) // expect: error-exposure
})

exports.api = functions.region('europe-west1').https.onRequest(app)

exports.onUserCreated = functions.auth.user().onCreate(async (user) => {
  await db.collection('users').doc(user.uid).set({ email: user.email, createdAt: admin.firestore.FieldValue.serverTimestamp() })
})
