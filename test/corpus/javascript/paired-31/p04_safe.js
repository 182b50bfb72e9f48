// corpus: path=src/jobs/export-csv.js
const fs = require('fs')
const os = require('os')
const path = require('path')
const { stringify } = require('csv-stringify/sync')
const { uploadExport } = require('../storage')

async function exportInvoices(accountId, rows) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'invoices-'))
  const file = path.join(dir, 'export.csv')
  fs.writeFileSync(file, stringify(rows, { header: true }), { mode: 0o600 }) // ok: insecure-temp-file
  const key = await uploadExport(accountId, file)
  fs.rmSync(dir, { recursive: true, force: true })
  return key
}

module.exports = { exportInvoices }
