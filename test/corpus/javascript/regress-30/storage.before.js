const path = require('path')
const fs = require('fs/promises')
const crypto = require('crypto')

const UPLOADS = process.env.UPLOAD_DIR || '/var/lib/app/uploads'

async function saveAttachment(ticketId, file) {
  const dir = path.join(UPLOADS, String(ticketId))
  await fs.mkdir(dir, { recursive: true })
  const name = path.basename(file.originalname)
  const target = path.join(dir, name)
  await fs.writeFile(target, file.buffer)
  return { name, size: file.size }
}

module.exports = { saveAttachment }
