// corpus: path=src/routes/badges.js
'use strict'

const express = require('express')
const escapeHtml = require('escape-html')
const { marked } = require('marked')
const sanitizeHtml = require('sanitize-html')
const Handlebars = require('handlebars')
const { getProjectStats } = require('../services/stats')

const router = express.Router()

const COLORS = {
  passing: '#4c1',
  failing: '#e05d44',
  unknown: '#9f9f9f',
}

// Label and message widths are estimated from the character count; shields.io does the same
// for its fallback renderer when no font metrics are loaded.
function textWidth(text) {
  return Math.max(24, String(text).length * 7 + 10)
}

function svgBadge(label, message, color) {
  const lw = textWidth(label)
  const mw = textWidth(message)
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${lw + mw}" height="20" role="img">`,
    `<rect width="${lw}" height="20" fill="#555"/>`,
    `<rect x="${lw}" width="${mw}" height="20" fill="${color}"/>`,
    `<g fill="#fff" font-family="Verdana,sans-serif" font-size="11">`,
    `<text x="6" y="14">${label}</text>`,
    `<text x="${lw + 6}" y="14">${message}</text>`,
    '</g></svg>',
  ].join('')
}

// The label is whatever the README author typed into the badge URL, and the URL is reachable by
// anyone. An SVG opened directly runs its own <script>, so the label must be escaped.
router.get('/badge/:project.svg', async (req, res) => {
  const stats = await getProjectStats(req.params.project)
  const status = stats ? stats.status : 'unknown'
  const label = req.query.label || 'build'
  const svg = svgBadge(label, status, COLORS[status] || COLORS.unknown)
  res.set('Cache-Control', 'max-age=300')
  res.type('image/svg+xml').send(svg) // expect: xss
})

router.get('/badge/:project/coverage.svg', async (req, res) => {
  const stats = await getProjectStats(req.params.project)
  const pct = stats ? `${stats.coverage.toFixed(1)}%` : 'n/a'
  const label = escapeHtml(String(req.query.label || 'coverage'))
  res.type('image/svg+xml').send(svgBadge(label, pct, stats ? COLORS.passing : COLORS.unknown)) // ok: xss
})

// Legacy JSONP endpoint kept for the old widget. The callback name comes from the embedding page.
router.get('/api/stats.js', async (req, res) => {
  const stats = await getProjectStats(String(req.query.project))
  const callback = req.query.callback || 'onStats'
  res.type('application/javascript')
  res.send(`${callback}(${JSON.stringify(stats || {})});`) // expect: xss
})

router.get('/api/v2/stats.js', async (req, res) => {
  const stats = await getProjectStats(String(req.query.project))
  const callback = String(req.query.callback || 'onStats')
  if (!/^[A-Za-z_$][\w$.]{0,63}$/.test(callback)) {
    return res.status(400).type('text/plain').send('bad callback')
  }
  res.type('application/javascript')
  res.send(`/**/ typeof ${callback} === 'function' && ${callback}(${JSON.stringify(stats || {})});`) // ok: xss
})

// Project owners write a short markdown description that the embed page shows. Owners are
// ordinary signed-up users, so the rendered HTML must go through the sanitiser.
router.post('/api/preview-description', express.json(), (req, res) => {
  const html = marked.parse(String(req.body.markdown || ''))
  res.type('html').send(html) // expect: xss
})

router.post('/api/v2/preview-description', express.json(), (req, res) => {
  const html = sanitizeHtml(marked.parse(String(req.body.markdown || '')), {
    allowedTags: sanitizeHtml.defaults.allowedTags.concat(['img']),
  })
  res.type('html').send(html) // ok: xss
})

const embedTemplate = Handlebars.compile(`
<div class="embed">
  <h3>{{name}}</h3>
  <p class="note">{{note}}</p>
  <span class="status status-{{status}}">{{status}}</span>
</div>`)

// The note is marked safe so that line breaks survive; it comes straight from the query string.
router.get('/embed/:project', async (req, res) => {
  const stats = (await getProjectStats(req.params.project)) || { status: 'unknown' }
  const note = new Handlebars.SafeString(String(req.query.note || '').replace(/\n/g, '<br>')) // expect: xss
  res.send(embedTemplate({ name: req.params.project, note, status: stats.status }))
})

router.get('/embed/v2/:project', async (req, res) => {
  const stats = (await getProjectStats(req.params.project)) || { status: 'unknown' }
  const lines = String(req.query.note || '').split('\n').map((l) => Handlebars.escapeExpression(l))
  const note = new Handlebars.SafeString(lines.join('<br>')) // ok: xss
  res.send(embedTemplate({ name: req.params.project, note, status: stats.status }))
})

router.get('/badge/:project.json', async (req, res) => {
  const stats = await getProjectStats(req.params.project)
  res.json({
    schemaVersion: 1,
    label: String(req.query.label || 'build'),
    message: stats ? stats.status : 'unknown',
    color: stats ? COLORS[stats.status] : COLORS.unknown,
  })
})

module.exports = router
