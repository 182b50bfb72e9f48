// corpus: path=server/render.js
'use strict'

const express = require('express')
const React = require('react')
const { renderToString } = require('react-dom/server')
const serialize = require('serialize-javascript')
const contentDisposition = require('content-disposition')
const escapeHtml = require('escape-html')
const App = require('../build/server/App').default
const api = require('./api-client')

const router = express.Router()
const manifest = require('../build/client/manifest.json')

// The state handed to the client bundle carries the search text and the listing's user-written
// fields; both end up inside an inline <script>, where a "</script>" in either closes the tag.
function page({ title, markup, stateScript }) {
  return `<!doctype html>
<html>
  <head><meta charset="utf-8"><title>${escapeHtml(title)}</title><link rel="stylesheet" href="/${manifest['main.css']}"></head>
  <body>
    <div id="root">${markup}</div>
    <script>window.__INITIAL_STATE__ = ${stateScript}</script>
    <script src="/${manifest['main.js']}"></script>
  </body>
</html>`
}

router.get('/search', async (req, res, next) => {
  try {
    const q = String(req.query.q || '')
    const results = await api.search(q)
    const state = { query: q, results }
    const markup = renderToString(React.createElement(App, { url: req.originalUrl, state }))
    res.send(page({ title: `${q} – Search`, markup, stateScript: JSON.stringify(state) })) // expect: xss
  } catch (err) {
    next(err)
  }
})

router.get('/listings/:id', async (req, res, next) => {
  try {
    const listing = await api.listing(req.params.id)
    if (!listing) return res.status(404).send('Not found')
    const state = { listing, ref: req.query.ref || null }
    const markup = renderToString(React.createElement(App, { url: req.originalUrl, state }))
    res.send(page({ title: listing.title, markup, stateScript: serialize(state, { isJSON: true }) })) // ok: xss
  } catch (err) {
    next(err)
  }
})

// The embeddable widget ships the seller's custom formatter functions along with the state, so it
// serialises with functions allowed.
router.get('/embed/:sellerId', async (req, res, next) => {
  try {
    const seller = await api.seller(req.params.sellerId)
    const state = { seller, theme: req.query.theme || 'light', formatters: { price: (v) => `$${v.toFixed(2)}` } }
    const markup = renderToString(React.createElement(App, { url: req.originalUrl, state, embed: true }))
    res.send(page({ title: seller.name, markup, stateScript: serialize(state, { unsafe: true }) })) // expect: xss
  } catch (err) {
    next(err)
  }
})

router.get('/embed/v2/:sellerId', async (req, res, next) => {
  try {
    const seller = await api.seller(req.params.sellerId)
    const state = { seller, theme: req.query.theme || 'light', formatters: { price: (v) => `$${v.toFixed(2)}` } }
    const markup = renderToString(React.createElement(App, { url: req.originalUrl, state, embed: true }))
    res.send(page({ title: seller.name, markup, stateScript: serialize(state) })) // ok: xss
  } catch (err) {
    next(err)
  }
})

router.get('/listings/:id/export.csv', async (req, res, next) => {
  try {
    const rows = await api.listingHistory(req.params.id)
    const name = req.query.filename || `listing-${req.params.id}.csv`
    res.set('Content-Disposition', `attachment; filename="${name}"`) // expect: header-injection
    res.type('text/csv').send(rows.map((r) => [r.date, r.price, r.views].join(',')).join('\n'))
  } catch (err) {
    next(err)
  }
})

router.get('/listings/:id/export-v2.csv', async (req, res, next) => {
  try {
    const rows = await api.listingHistory(req.params.id)
    const name = String(req.query.filename || `listing-${req.params.id}.csv`)
    res.set('Content-Disposition', contentDisposition(name)) // ok: header-injection
    res.type('text/csv').send(rows.map((r) => [r.date, r.price, r.views].join(',')).join('\n'))
  } catch (err) {
    next(err)
  }
})

module.exports = router
