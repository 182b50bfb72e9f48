// corpus: path=src/routes/account.js
const express = require('express')
const escapeHtml = require('escape-html')
const { findAccount, updateAccount } = require('../services/accounts')

const router = express.Router()

// Shared page shell for the small server-rendered account screens.
function layout(title, body) {
  return `<!doctype html><html><head><title>${escapeHtml(title)}</title></head><body>${body}</body></html>`
}

function renderError(res, status, message) {
  res.status(status).send(layout('Error', '<p class="error">' + message + '</p>')) // expect: xss
}

function renderSafeError(res, status, message) {
  res.status(status).send(layout('Error', '<p class="error">' + escapeHtml(message) + '</p>')) // ok: xss
}

function renderNotice(res, notice) {
  res.type('text/plain').send('Notice: ' + notice) // ok: xss
}

function sendJsonError(res, status, detail) {
  res.status(status).json({ error: detail }) // ok: xss
}

router.get('/account/:id', async (req, res) => {
  const account = await findAccount(req.params.id)
  if (!account) {
    return renderError(res, 404, `No account called ${req.params.id}`)
  }
  res.send(layout('Account', `<h1>${escapeHtml(account.displayName)}</h1>`))
})

router.get('/account/:id/verify', async (req, res) => {
  const account = await findAccount(req.params.id)
  if (!account) {
    return renderSafeError(res, 404, `No account called ${req.params.id}`)
  }
  if (req.query.token !== account.verifyToken) { // expect: timing-unsafe-comparison
    return renderNotice(res, `token ${req.query.token} did not match`)
  }
  res.redirect(303, `/account/${encodeURIComponent(account.id)}`)
})

router.post('/account/:id', express.urlencoded({ extended: false }), async (req, res) => {
  const { displayName, email } = req.body
  if (typeof displayName !== 'string' || displayName.length > 80) {
    return sendJsonError(res, 400, `displayName ${displayName} is not allowed`)
  }
  try {
    await updateAccount(req.params.id, { displayName, email })
  } catch (err) {
    return renderError(res, 500, 'Could not save the account, try again later')
  }
  res.redirect(303, `/account/${encodeURIComponent(req.params.id)}`)
})

module.exports = router
