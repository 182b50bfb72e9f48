// corpus: path=src/middleware/partner-auth.js
const jwt = require('jsonwebtoken')
const fs = require('fs')

const PARTNER_KEY = fs.readFileSync(process.env.PARTNER_KEY_FILE)

function partnerAuth(req, res, next) {
  const token = (req.headers.authorization || '').replace('Bearer ', '')
  jwt.verify(token, PARTNER_KEY, { algorithms: ['none', 'RS256'] }, (err, claims) => { // expect: jwt-weak
    if (err) return res.sendStatus(401)
    req.partner = claims
    next()
  })
}

function partnerAuthV2(req, res, next) {
  const token = (req.headers.authorization || '').replace('Bearer ', '')
  jwt.verify(token, PARTNER_KEY, { algorithms: ['RS256'], issuer: 'partners.example.com' }, (err, claims) => { // ok: jwt-weak
    if (err) return res.sendStatus(401)
    req.partner = claims
    next()
  })
}

module.exports = { partnerAuth, partnerAuthV2 }
