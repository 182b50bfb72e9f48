// corpus: path=scripts/encrypt-export.js
const crypto = require('crypto')
const fs = require('fs')

function encryptFile(inputPath, outputPath) {
  const key = Buffer.from(process.env.EXPORT_KEY, 'hex')
  const iv = crypto.randomBytes(8)
  const cipher = crypto.createCipheriv('des-ede3-cbc', key, iv) // expect: weak-cipher
  const body = Buffer.concat([cipher.update(fs.readFileSync(inputPath)), cipher.final()])
  fs.writeFileSync(outputPath, Buffer.concat([iv, body]))
}

encryptFile(process.argv[2], process.argv[3])
