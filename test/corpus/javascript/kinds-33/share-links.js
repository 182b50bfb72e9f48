// corpus: path=src/routes/share-links.js
import { randomBytes, randomUUID } from 'node:crypto'
import { Router } from 'express'
import { nanoid } from 'nanoid'
import { nanoid as quickId, customAlphabet } from 'nanoid/non-secure'
import shortid from 'shortid'
import _ from 'lodash'
import { db } from '../db.js'
import { requireUser } from '../middleware/auth.js'
import { mailer } from '../mailer.js'

export const router = Router()

const LINK_TTL_DAYS = 14
const INVITE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'

const inviteCode = customAlphabet(INVITE_ALPHABET, 10)

function newToken() {
  return randomBytes(24).toString('base64url')
}

router.post('/documents/:id/share-links', requireUser, async (req, res) => {
  const doc = await db('documents').where({ id: req.params.id, owner_id: req.user.id }).first()
  if (!doc) return res.sendStatus(404)
  const token = newToken()
  await db('share_links').insert({
    document_id: doc.id,
    token,
    expires_at: new Date(Date.now() + LINK_TTL_DAYS * 86400000),
  })
  res.status(201).json({ url: `${process.env.APP_URL}/s/${token}` })
})

// Short links for the mobile app: anyone holding the id can open the document, so the id is
// the whole access check.
router.post('/documents/:id/short-links', requireUser, async (req, res) => {
  const doc = await db('documents').where({ id: req.params.id, owner_id: req.user.id }).first()
  if (!doc) return res.sendStatus(404)
  const slug = quickId(12) // expect: insecure-random
  await db('share_links').insert({ document_id: doc.id, token: slug, expires_at: new Date(Date.now() + LINK_TTL_DAYS * 86400000) })
  res.status(201).json({ url: `${process.env.SHORT_URL}/${slug}` })
})

router.post('/documents/:id/short-links/v2', requireUser, async (req, res) => {
  const doc = await db('documents').where({ id: req.params.id, owner_id: req.user.id }).first()
  if (!doc) return res.sendStatus(404)
  const slug = nanoid(16) // ok: insecure-random
  await db('share_links').insert({ document_id: doc.id, token: slug, expires_at: new Date(Date.now() + LINK_TTL_DAYS * 86400000) })
  res.status(201).json({ url: `${process.env.SHORT_URL}/${slug}` })
})

// Workspace invitations: the code in the e-mail is all a new member needs to join.
router.post('/workspaces/:id/invites', requireUser, async (req, res) => {
  const code = inviteCode() // expect: insecure-random
  await db('invites').insert({ workspace_id: req.params.id, email: req.body.email, code, created_by: req.user.id })
  await mailer.send('invite', req.body.email, { code })
  res.sendStatus(201)
})

// Password reset slugs from the old mobile backend, kept while the app versions that call
// this route are still in use.
router.post('/legacy/password-resets', async (req, res) => {
  const user = await db('users').where({ email: String(req.body.email || '').toLowerCase() }).first()
  if (user) {
    const slug = shortid.generate() // expect: insecure-random
    await db('password_resets').insert({ user_id: user.id, slug, expires_at: new Date(Date.now() + 3600000) })
    await mailer.send('reset', user.email, { link: `${process.env.APP_URL}/reset/${slug}` })
  }
  res.sendStatus(202)
})

// Six-digit sign-in codes for the SMS fallback.
router.post('/auth/sms-code', async (req, res) => {
  const user = await db('users').where({ phone: String(req.body.phone || '') }).first()
  if (user) {
    const otp = _.times(6, () => _.random(0, 9)).join('') // expect: insecure-random
    await db('sms_codes').insert({ user_id: user.id, code: otp, expires_at: new Date(Date.now() + 300000) })
    await mailer.sms(user.phone, `Your Fieldbook code is ${otp}`)
  }
  res.sendStatus(202)
})

// Attachments are served from the public bucket; the object key is the only thing standing
// between the file and anyone who can guess it.
router.post('/documents/:id/attachments', requireUser, async (req, res) => {
  const ext = req.body.contentType === 'application/pdf' ? 'pdf' : 'bin'
  const key = `attachments/${Date.now()}-${Math.random().toString(36).slice(2, 10)}.${ext}` // expect: insecure-random
  const upload = await db.storage.presignPut(key, req.body.contentType)
  res.json({ key, upload })
})

router.post('/documents/:id/attachments/v2', requireUser, async (req, res) => {
  const ext = req.body.contentType === 'application/pdf' ? 'pdf' : 'bin'
  const key = `attachments/${randomUUID()}.${ext}` // ok: insecure-random
  const upload = await db.storage.presignPut(key, req.body.contentType)
  res.json({ key, upload })
})

// The "featured documents" strip on the landing page shows a different handful on each load.
router.get('/featured', async (req, res) => {
  const docs = await db('documents').where({ featured: true }).select('id', 'title')
  res.json(_.sampleSize(docs, 4)) // ok: insecure-random
})

// Retries against the storage API back off with jitter so clients do not retry in lockstep.
export async function withRetry(fn, attempts = 4) {
  for (let i = 0; ; i++) {
    try {
      return await fn()
    } catch (err) {
      if (i + 1 >= attempts) throw err
      const delay = 2 ** i * 200 + Math.floor(Math.random() * 100) // ok: insecure-random
      await new Promise((r) => setTimeout(r, delay))
    }
  }
}

router.get('/s/:token', async (req, res) => {
  const link = await db('share_links')
    .where({ token: req.params.token })
    .andWhere('expires_at', '>', new Date())
    .first()
  if (!link) return res.sendStatus(404)
  const doc = await db('documents').where({ id: link.document_id }).first()
  // The element id only ties the rendered viewer to its toolbar on the page.
  res.render('shared-document', { doc, viewerId: `viewer-${quickId(8)}` }) // ok: insecure-random
})
