// corpus: path=src/routes/backups.js
const express = require('express')
const { exec } = require('child_process')
const { promisify } = require('util')

const run = promisify(exec)
const router = express.Router()

function dumpCommand(database, label) {
  return `pg_dump --format=custom --file=/var/backups/${label}.dump ${database}`
}

async function runBackup(command) {
  const { stdout } = await run(command, { timeout: 600000 }) // expect: command-injection
  return stdout
}

router.post('/admin/backups', async (req, res) => {
  const { database, label } = req.body
  await runBackup(dumpCommand(database, label))
  res.status(202).json({ queued: label })
})

module.exports = router
