// corpus: path=src/services/invites.js
const crypto = require('crypto')
const db = require('../db')

function inviteCode() {
  let code = ''
  for (let i = 0; i < 12; i++) code += 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[crypto.randomInt(32)] // ok: insecure-random
  return code
}

async function createInvite(orgId, email) {
  const code = inviteCode()
  await db('invites').insert({ org_id: orgId, email, code, expires_at: new Date(Date.now() + 7 * 864e5) })
  return code
}

module.exports = { createInvite }
