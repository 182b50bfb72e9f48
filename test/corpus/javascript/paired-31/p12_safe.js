// corpus: path=src/routes/backups.js
const express = require('express')
const { execFile } = require('child_process')
const { promisify } = require('util')

const run = promisify(execFile)
const router = express.Router()

function dumpArgs(database, label) {
  return ['--format=custom', `--file=/var/backups/${label}.dump`, '--', database]
}

async function runBackup(args) {
  const { stdout } = await run('pg_dump', args, { timeout: 600000 }) // ok: command-injection
  return stdout
}

router.post('/admin/backups', async (req, res) => {
  const { database, label } = req.body
  if (!/^[a-z0-9_]{1,40}$/.test(label)) return res.status(400).json({ error: 'bad label' })
  await runBackup(dumpArgs(database, label))
  res.status(202).json({ queued: label })
})

module.exports = router
