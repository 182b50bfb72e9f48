// corpus: path=src/services/sessions.js
const db = require('../db')

// Start a session for a user and return its id for the cookie.
async function startSession(userId) {
  const sessionId = [...Array(32)].map(() => Math.floor(Math.random() * 16).toString(16)).join('') // expect: insecure-random
  await db.query('INSERT INTO sessions (id, user_id, expires_at) VALUES ($1, $2, now() + interval \'7 days\')', [sessionId, userId])
  return sessionId
}

module.exports = { startSession }
