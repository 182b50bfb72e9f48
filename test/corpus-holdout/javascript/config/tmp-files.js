// corpus: path=src/jobs/export.js
const fs = require('node:fs')
const fsp = require('node:fs/promises')
const os = require('node:os')
const path = require('node:path')

async function writeExport(jobId, csv) {
  const file = path.join(os.tmpdir(), `export-${jobId}.csv`)
  await fsp.writeFile(file, csv) // expect: insecure-temp-file
  return file
}

async function writeExportSafe(jobId, csv) {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'export-')) // ok: insecure-temp-file
  const file = path.join(dir, `${jobId}.csv`)
  await fsp.writeFile(file, csv, { mode: 0o600 })
  return file
}

function writeLock(name) {
  fs.writeFileSync('/tmp/' + name + '.lock', String(process.pid)) // expect: insecure-temp-file
}

module.exports = { writeExport, writeExportSafe, writeLock }
