// corpus: path=src/auth/session-cookie.js
class SessionCookie {
  constructor(name = 'sid') {
    this.name = name
    this.options = { maxAge: 7 * 24 * 3600 * 1000, path: '/', httpOnly: true, secure: true, sameSite: 'lax' }
  }

  issue(res, sessionId) {
    res.cookie(this.name, sessionId, this.options) // ok: insecure-cookie
  }

  clear(res) {
    res.clearCookie(this.name, { path: '/' })
  }
}

module.exports = { SessionCookie }
