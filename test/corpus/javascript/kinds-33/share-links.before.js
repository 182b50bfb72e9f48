import { randomBytes } from 'node:crypto'
import { Router } from 'express'
import { db } from '../db.js'
import { requireUser } from '../middleware/auth.js'

export const router = Router()

const LINK_TTL_DAYS = 14

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

router.get('/s/:token', async (req, res) => {
  const link = await db('share_links')
    .where({ token: req.params.token })
    .andWhere('expires_at', '>', new Date())
    .first()
  if (!link) return res.sendStatus(404)
  const doc = await db('documents').where({ id: link.document_id }).first()
  res.render('shared-document', { doc })
})
