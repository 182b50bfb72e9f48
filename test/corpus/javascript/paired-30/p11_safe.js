// corpus: path=src/storage/uploads.js
const fs = require('fs/promises')
const path = require('path')

const UPLOAD_ROOT = process.env.UPLOAD_ROOT || '/var/lib/app/uploads'

async function storeUpload(accountId, name, data) {
  const dir = path.join(UPLOAD_ROOT, String(accountId))
  await fs.mkdir(dir, { recursive: true })
  const target = path.join(dir, path.basename(name))
  await fs.writeFile(target, data)
  await fs.chmod(target, 0o640) // ok: insecure-permissions
  return target
}

module.exports = { storeUpload }
