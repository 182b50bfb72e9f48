// corpus: path=src/routes/profile.js
const express = require('express')
const escapeHtml = require('escape-html')
const { URL } = require('node:url')
const { Users } = require('../models')

const router = express.Router()
const TRUSTED_RETURN_HOSTS = new Set(['app.example.com', 'billing.example.com'])

router.get('/hello', (req, res) => {
  res.send(`<h1>Hello, ${req.query.name}</h1>`) // expect: xss
})

router.get('/hello-safe', (req, res) => {
  res.send(`<h1>Hello, ${escapeHtml(req.query.name || '')}</h1>`) // ok: xss
})

router.get('/profile/:id', async (req, res) => {
  const user = await Users.findByPk(req.params.id)
  if (!user) return res.status(404).end()
  res.render('profile', { user }) // ok: xss
})

router.get('/profile/:id/card', async (req, res) => {
  const user = await Users.findByPk(req.params.id)
  if (!user) return res.status(404).end()
  res.type('html')
  res.write('<div class="card">')
  res.write('<p>' + user.displayName + '</p>') // expect: xss
  res.end('</div>')
})

router.get('/logout', (req, res) => {
  req.session.destroy(() => {
    res.redirect(req.query.returnTo || '/') // expect: open-redirect
  })
})

router.get('/continue', (req, res) => {
  let target = '/'
  try {
    const parsed = new URL(req.query.to, 'https://app.example.com')
    if (TRUSTED_RETURN_HOSTS.has(parsed.hostname)) target = parsed.toString()
  } catch {
    target = '/'
  }
  res.redirect(target) // ok: open-redirect
})

router.get('/external', (req, res) => {
  const dest = req.query.url
  res.writeHead(302, { Location: dest }) // expect: open-redirect
  res.end()
})

router.get('/json', (req, res) => {
  res.json({ name: req.query.name }) // ok: xss
})

module.exports = router
