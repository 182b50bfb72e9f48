// corpus: path=src/members/members-area.js
'use strict'

const crypto = require('crypto')
const express = require('express')
const config = require('../config')
const urls = require('../lib/urls')
const members = require('./members-service')

const router = express.Router()

// Only ever hand back a path on this site: a link from elsewhere may carry any returnTo.
function localReturnPath(query) {
  try {
    const requested = decodeURIComponent(query.returnTo || '/')
    const path = new URL(requested, config.siteUrl).pathname
    const resolved = new URL(path, config.siteUrl)
    return resolved.host === new URL(config.siteUrl).host ? path : '/'
  } catch (err) {
    return '/'
  }
}

function returnPathFromBody(body) {
  const wanted = new URL(body.continue || '/', config.siteUrl)
  if (wanted.origin !== new URL(config.siteUrl).origin) {
    return '/'
  }
  return wanted.pathname + wanted.search
}

function loosePath(query) {
  return decodeURIComponent(query.returnTo || '/')
}

router.post('/members/access', express.urlencoded({ extended: false }), async (req, res) => {
  const member = await members.verifyAccessCode(req.body.email, req.body.code)
  if (!member) {
    return res.status(401).render('members/access', { error: 'That code did not work. Request a new one.' })
  }
  req.session.memberId = member.id
  const forward = localReturnPath(req.query)
  return res.redirect(urls.absolute(forward))  // ok: open-redirect
})

router.post('/members/continue', express.urlencoded({ extended: false }), (req, res) => {
  return res.redirect(returnPathFromBody(req.body))  // ok: open-redirect
})

router.get('/members/back', (req, res) => {
  return res.redirect(loosePath(req.query))  // expect: open-redirect
})

// Old bookmarks of the single-page dashboard (/dashboard/settings/billing) land on its hash route.
router.get(/^\/dashboard\/(.+)$/, (req, res) => {
  const legacy = req.originalUrl.match(/^\/dashboard\/(.+)$/)
  return res.redirect(`${urls.appUrl('dashboard')}#/${legacy[1]}`)  // ok: open-redirect
})

router.get('/old-admin/*', (req, res) => {
  const rest = req.params[0]
  return res.redirect(config.adminUrl + '#/' + rest)  // ok: open-redirect
})

router.get('/jump', (req, res) => {
  return res.redirect(`${req.query.to}#members`)  // expect: open-redirect
})

router.post('/members/unsubscribe', express.urlencoded({ extended: false }), async (req, res) => {
  const expected = crypto.createHmac('sha256', config.membersKey).update(String(req.query.uuid)).digest('hex')
  const given = String(req.query.key || '')
  if (given.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
    return res.status(400).end()
  }
  await members.unsubscribe(req.query.uuid, req.query.newsletter)
  return res.status(204).end()
})

module.exports = router
