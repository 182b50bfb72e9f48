// corpus: path=src/services/sessions.js
const { sessions } = require('../db')

async function startSession(userId) {
  const sid = Math.random().toString(36).slice(2) + Date.now().toString(36) // expect: insecure-random
  await sessions.insert({ sid, userId, createdAt: new Date() })
  return sid
}

module.exports = { startSession }
