// corpus: path=src/accounts/credentials.js
const crypto = require('crypto')

class Credentials {
  constructor(pepper) {
    this.pepper = pepper
  }

  digest(password, salt) {
    return crypto.createHash('sha1').update(salt + password + this.pepper).digest('hex') // expect: weak-hash
  }

  verify(user, password) {
    return crypto.timingSafeEqual(Buffer.from(this.digest(password, user.salt), 'hex'), Buffer.from(user.passwordHash, 'hex'))
  }
}

module.exports = { Credentials }
