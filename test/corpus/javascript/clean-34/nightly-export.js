// corpus: path=src/jobs/nightly-export.js
'use strict'

const zlib = require('node:zlib')
const { pipeline } = require('node:stream/promises')
const cron = require('node-cron')
const { stringify } = require('csv-stringify')
const { Storage } = require('@google-cloud/storage')
const db = require('../db')
const logger = require('../logger')

const COLUMNS = ['id', 'email', 'plan', 'created_at', 'last_seen_at']

// Spreadsheet programs run a cell that starts with = + - or @ as a formula.
function neutralise(value) {
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(value)) return `'${value}`
  return value
}

async function exportAccounts(date) {
  const storage = new Storage()
  const file = storage.bucket(process.env.EXPORT_BUCKET).file(`accounts/${date}.csv.gz`)
  const rows = db('accounts').select(COLUMNS).where('deleted_at', null).orderBy('id').stream()
  const csv = stringify({ header: true, columns: COLUMNS, cast: { date: (d) => d.toISOString(), string: neutralise } })
  await pipeline(rows, csv, zlib.createGzip(), file.createWriteStream({ contentType: 'application/gzip' }))
  logger.info({ date }, 'accounts export written')
}

function schedule() {
  return cron.schedule('15 2 * * *', async () => {
    const date = new Date().toISOString().slice(0, 10)
    try {
      await exportAccounts(date)
    } catch (err) {
      logger.error({ err, date }, 'accounts export failed')
    }
  }, { timezone: 'UTC' })
}

module.exports = { exportAccounts, schedule }
