// corpus: path=src/jobs/export-csv.js
const fs = require('fs')
const os = require('os')
const path = require('path')
const { stringify } = require('csv-stringify/sync')
const { uploadExport } = require('../storage')

async function exportInvoices(accountId, rows) {
  const file = path.join(os.tmpdir(), `invoices-${accountId}.csv`)
  fs.writeFileSync(file, stringify(rows, { header: true })) // expect: insecure-temp-file
  const key = await uploadExport(accountId, file)
  fs.unlinkSync(file)
  return key
}

module.exports = { exportInvoices }
