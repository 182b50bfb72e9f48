// corpus: path=src/services/invites.js
const { Invite } = require('../models')

async function createInvite(teamId, email) {
  const code = Math.random().toString(36).substring(2, 10) // expect: insecure-random
  return Invite.create({ teamId, email, code, expiresAt: new Date(Date.now() + 7 * 864e5) })
}

module.exports = { createInvite }
