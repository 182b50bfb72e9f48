// corpus: path=scripts/encrypt-export.js
const crypto = require('crypto')
const fs = require('fs')

function encryptFile(inputPath, outputPath) {
  const key = Buffer.from(process.env.EXPORT_KEY, 'hex')
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv) // ok: weak-cipher
  const body = Buffer.concat([cipher.update(fs.readFileSync(inputPath)), cipher.final()])
  fs.writeFileSync(outputPath, Buffer.concat([iv, cipher.getAuthTag(), body]))
}

encryptFile(process.argv[2], process.argv[3])
