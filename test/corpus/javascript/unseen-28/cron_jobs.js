// corpus: path=worker/jobs.js
const cron = require('node-cron')
const fs = require('fs')
const os = require('os')
const path = require('path')
const https = require('https')
const axios = require('axios')
const { execFile, exec } = require('child_process')
const { promisify } = require('util')
const db = require('./db')
const logger = require('./logger')

const execFileAsync = promisify(execFile)
const BACKUP_DIR = process.env.BACKUP_DIR || '/var/backups/app'

cron.schedule('0 3 * * *', async () => {
  const file = path.join(BACKUP_DIR, `db-${new Date().toISOString().slice(0, 10)}.dump`)
  await execFileAsync('pg_dump', ['--format=c', `--file=${file}`, process.env.PGDATABASE]) // ok: command-injection
  fs.chmodSync(file, 0o600) // ok: insecure-permissions
  logger.info(`backup written to ${file}`)
})

cron.schedule('30 3 * * *', () => {
  exec(`find ${BACKUP_DIR} -name '*.dump' -mtime +14 -delete`, (err) => { // ok: command-injection
    if (err) logger.error({ err }, 'backup pruning failed')
  })
})

cron.schedule('*/10 * * * *', async () => {
  const rows = await db.query('SELECT id, email FROM invitations WHERE token IS NULL LIMIT 100')
  for (const row of rows) {
    const token = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2) // expect: insecure-random
    await db.query('UPDATE invitations SET token = $1 WHERE id = $2', [token, row.id])
  }
})

cron.schedule('*/5 * * * *', () => {
  const jitter = Math.floor(Math.random() * 30) // ok: insecure-random
  setTimeout(() => db.query('DELETE FROM sessions WHERE expires_at < now()'), jitter * 1000)
})

const partner = axios.create({
  baseURL: 'http://partner-feed.example.net/api', // expect: cleartext-http
  httpsAgent: new https.Agent({ rejectUnauthorized: false }), // expect: tls-verify-disabled
  timeout: 10000,
})

const internal = axios.create({
  baseURL: 'https://ledger.internal.example.com/v1',
  httpsAgent: new https.Agent({ ca: fs.readFileSync('/etc/ssl/internal-ca.pem') }), // ok: tls-verify-disabled
})

cron.schedule('0 * * * *', async () => {
  const { data } = await partner.get('/prices')
  const scratch = path.join(os.tmpdir(), 'prices.csv')
  fs.writeFileSync(scratch, data) // expect: insecure-temp-file
  await execFileAsync('psql', ['-c', `\\copy prices FROM '${scratch}' CSV HEADER`])
  fs.unlinkSync(scratch)
})

cron.schedule('15 * * * *', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-'))
  const file = path.join(dir, 'entries.json')
  const { data } = await internal.get('/entries', { params: { since: Date.now() - 3600e3 } })
  fs.writeFileSync(file, JSON.stringify(data)) // ok: insecure-temp-file
  await execFileAsync('node', ['scripts/import-ledger.js', file])
  fs.rmSync(dir, { recursive: true, force: true })
})

cron.schedule('0 4 * * 0', () => {
  const shared = path.join(BACKUP_DIR, 'shared')
  fs.mkdirSync(shared, { recursive: true })
  fs.chmodSync(shared, 0o777) // expect: insecure-permissions
})
