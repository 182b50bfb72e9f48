// corpus: path=src/middleware/session.js
const logger = require('../logger')
const { findSession } = require('../sessions')

async function loadSession(req, res, next) {
  const sid = req.cookies.sid
  const session = sid && (await findSession(sid))
  if (!session) {
    logger.warn(`rejected unknown session id ${sid}`) // expect: log-injection
    return res.status(401).end()
  }
  req.session = session
  next()
}

module.exports = loadSession
