// corpus: path=src/storage/keystore.js
const fs = require('fs/promises')
const path = require('path')

class KeyStore {
  constructor(dir) {
    this.dir = dir
  }

  async save(name, pem) {
    const target = path.join(this.dir, `${name}.pem`)
    await fs.writeFile(target, pem)
    await fs.chmod(target, 0o600) // ok: insecure-permissions
    return target
  }
}

module.exports = new KeyStore(process.env.KEY_DIR || '/var/lib/app/keys')
