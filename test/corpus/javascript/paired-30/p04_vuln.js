// corpus: path=src/jobs/backup.js
const fs = require('fs')
const os = require('os')
const path = require('path')
const { execFileSync } = require('child_process')

function dumpDatabase(dbName) {
  const out = path.join(os.tmpdir(), `${dbName}.sql`)
  const dump = execFileSync('pg_dump', ['--no-owner', dbName])
  fs.writeFileSync(out, dump) // expect: insecure-temp-file
  return out
}

module.exports = { dumpDatabase }
