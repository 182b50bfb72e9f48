// corpus: path=src/services/invites.js
const crypto = require('crypto')
const { Invite } = require('../models')

async function createInvite(teamId, email) {
  const code = crypto.randomBytes(6).toString('base64url') // ok: insecure-random
  return Invite.create({ teamId, email, code, expiresAt: new Date(Date.now() + 7 * 864e5) })
}

module.exports = { createInvite }
