// corpus: path=src/routes/pages.js changeset=pages
'use strict'

const express = require('express')
const { greetingHtml, escapedGreeting } = require('../views/greeting')
const { goBack, goBackSafely } = require('../views/navigation')
const { renderCustom } = require('../views/custom')

const router = express.Router()

router.get('/hello', (req, res) => {
  res.send(greetingHtml(req.query.name)) // expect: xss
})

router.get('/hello-safe', (req, res) => {
  res.send(escapedGreeting(req.query.name)) // ok: xss
})

router.post('/settings', (req, res) => {
  goBack(res, req.body.returnTo)
})

router.post('/profile', (req, res) => {
  goBackSafely(res, req.body.returnTo)
})

router.post('/preview', (req, res) => {
  res.send(renderCustom(req.body.template, { user: req.user })) // expect: xss
})

module.exports = router
