// corpus: path=src/middleware/i18n.js
'use strict'

const fs = require('node:fs')
const path = require('node:path')
const Negotiator = require('negotiator')

const LOCALES_DIR = path.join(__dirname, '..', 'i18n', 'locales')
const SUPPORTED = ['en', 'de', 'fr', 'es', 'ja']
const DEFAULT_LOCALE = 'en'

const catalogs = Object.fromEntries(
  SUPPORTED.map((locale) => [locale, JSON.parse(fs.readFileSync(path.join(LOCALES_DIR, `${locale}.json`), 'utf8'))]),
)

function lookup(catalog, key) {
  return key.split('.').reduce((node, part) => (node && Object.prototype.hasOwnProperty.call(node, part) ? node[part] : undefined), catalog)
}

function interpolate(template, vars) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => (Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : ''))
}

function pickLocale(req) {
  const fromQuery = typeof req.query.lang === 'string' ? req.query.lang : undefined
  if (fromQuery && SUPPORTED.includes(fromQuery)) return fromQuery
  const fromCookie = req.cookies && req.cookies.locale
  if (fromCookie && SUPPORTED.includes(fromCookie)) return fromCookie
  return new Negotiator(req).language(SUPPORTED) || DEFAULT_LOCALE
}

function i18n() {
  return function i18nMiddleware(req, res, next) {
    const locale = pickLocale(req)
    req.locale = locale
    res.locals.locale = locale
    res.locals.t = (key, vars = {}) => {
      const template = lookup(catalogs[locale], key) ?? lookup(catalogs[DEFAULT_LOCALE], key) ?? key
      return interpolate(String(template), vars)
    }
    if (req.query.lang && SUPPORTED.includes(req.query.lang)) {
      res.cookie('locale', locale, { maxAge: 365 * 24 * 3600 * 1000, sameSite: 'lax', httpOnly: false }) // ok: insecure-cookie
    }
    res.set('Content-Language', locale) // ok: header-injection
    res.vary('Accept-Language')
    next()
  }
}

function switchLocaleHandler(req, res) {
  const locale = SUPPORTED.includes(req.body.locale) ? req.body.locale : DEFAULT_LOCALE
  res.cookie('locale', locale, { maxAge: 365 * 24 * 3600 * 1000, sameSite: 'lax' })
  const back = req.get('referer')
  let target = '/'
  if (back) {
    const url = new URL(back, `${req.protocol}://${req.get('host')}`)
    if (url.host === req.get('host')) target = url.pathname + url.search
  }
  res.redirect(303, target) // ok: open-redirect
}

module.exports = { i18n, switchLocaleHandler, SUPPORTED, DEFAULT_LOCALE }
