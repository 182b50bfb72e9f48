// corpus: path=src/auth/session-cookie.js
class SessionCookie {
  constructor(name = 'sid') {
    this.name = name
    this.options = { maxAge: 7 * 24 * 3600 * 1000, path: '/' }
  }

  issue(res, sessionId) {
    res.cookie(this.name, sessionId, this.options) // expect: insecure-cookie
  }

  clear(res) {
    res.clearCookie(this.name, { path: '/' })
  }
}

module.exports = { SessionCookie }
