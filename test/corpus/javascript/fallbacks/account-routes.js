// corpus: path=src/routes/account.js
const express = require('express')
const { requireUser } = require('../auth')
const { Projects } = require('../db')

const router = express.Router()

router.post('/login/complete', requireUser, (req, res) => {
  const next = req.body.next || `/workspace/${req.user.workspaceId}`
  res.redirect(next) // expect: open-redirect
})

router.post('/login/complete-v2', requireUser, (req, res) => {
  const next = String(req.body.next || '')
  const safe = next.startsWith('/') && !next.startsWith('//') ? next : `/workspace/${req.user.workspaceId}`
  res.redirect(safe) // ok: open-redirect
})

router.get('/projects/:id/open', requireUser, async (req, res) => {
  const project = await Projects.find(req.params.id, req.user.id)
  if (!project) return res.status(404).end()
  res.redirect(req.query.returnTo ?? `/projects/${project.id}/board`) // expect: open-redirect
})

router.get('/projects/:id/tab', requireUser, (req, res) => {
  res.redirect(`/projects/${encodeURIComponent(req.params.id)}/${req.query.tab === 'files' ? 'files' : 'board'}`) // ok: open-redirect
})

router.get('/settings', requireUser, (req, res) => {
  const section = req.query.section || 'profile'
  res.render('settings', { section, user: req.user })
})

module.exports = router
