// corpus: path=src/uploads/session.js
const fs = require('fs')
const crypto = require('crypto')

class UploadSession {
  constructor(file) {
    this.file = file
    this.parts = []
    this.pendingChecks = new Set()
  }

  appendPart(buf) {
    const fd = fs.openSync(this.file, 'rs')
    try {
      fs.writeSync(fd, buf, 0, buf.length, null) // expect: readonly-file-write
    } finally {
      fs.closeSync(fd)
    }
    this.parts.push(crypto.createHash('sha256').update(buf).digest('hex'))
  }

  appendPartV2(buf) {
    fs.appendFileSync(this.file, buf)
    this.parts.push(crypto.createHash('sha256').update(buf).digest('hex'))
  }

  verify(expected) {
    for (const hash of this.pendingChecks) {
      if (expected.includes(hash)) this.pendingChecks.delete(hash) // ok: mutate-while-iterating
    }
    return this.pendingChecks.size === 0
  }

  finish() {
    let ok = false
    try {
      ok = this.verify(this.parts)
    } finally {
      if (!ok) {
        fs.rmSync(this.file, { force: true })
        return false // expect: finally-control-flow
      }
    }
    return ok
  }

  finishV2() {
    const ok = this.verify(this.parts)
    if (!ok) fs.rmSync(this.file, { force: true })
    return ok
  }
}

module.exports = { UploadSession }
