// corpus: path=src/routes/profile.ts
import express from 'express'
import { marked } from 'marked'
import sanitizeHtml from 'sanitize-html'
import escapeHtml from 'escape-html'
import { db } from '../db'

const router = express.Router()

const BIO_TAGS = ['p', 'a', 'em', 'strong', 'ul', 'ol', 'li', 'blockquote', 'code']

router.post('/profile/bio/preview', express.json(), (req, res) => {
  const rendered = marked.parse(req.body.bio ?? '') as string
  res.send(`<section class="bio">${rendered}</section>`) // expect: xss
})

router.get('/u/:handle', async (req, res) => {
  const user = await db.user.findUnique({ where: { handle: req.params.handle } })
  if (!user) {
    return res.status(404).send(`<p>No one here goes by <b>${req.params.handle}</b>.</p>`) // expect: xss
  }
  const bio = sanitizeHtml(marked.parse(user.bio ?? '') as string, { allowedTags: BIO_TAGS })
  res.send(`<h1>${escapeHtml(user.displayName)}</h1><section class="bio">${bio}</section>`) // ok: xss
})

router.get('/u/:handle.txt', async (req, res) => {
  const user = await db.user.findUnique({ where: { handle: req.params.handle } })
  if (!user) return res.status(404).type('text/plain').send(`No one here goes by ${req.params.handle}.`) // ok: xss
  res.type('text/plain').send(`${user.displayName}\n\n${user.bio ?? ''}`)
})

router.get('/u/:handle/card', async (req, res) => {
  const theme = req.query.theme === 'dark' ? 'dark' : 'light'
  const user = await db.user.findUnique({ where: { handle: req.params.handle } })
  if (!user) return res.sendStatus(404)
  const parts: string[] = []
  parts.push(`<div class="card card-${theme}">`)
  parts.push(`<h2>${escapeHtml(user.displayName)}</h2>`)
  if (req.query.ref) parts.push(`<p class="ref">Shared by ${req.query.ref}</p>`)
  parts.push('</div>')
  res.set('Content-Type', 'text/html; charset=utf-8')
  res.end(parts.join('')) // expect: xss
})

export default router
