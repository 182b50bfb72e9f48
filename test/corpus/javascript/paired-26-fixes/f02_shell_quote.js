// corpus: path=src/services/archive.js
const { exec } = require('child_process')
const { quote } = require('shell-quote')

function archiveProject(req, res) {
  const name = req.body.project
  exec(`tar -czf /backups/${name}.tgz /srv/projects/${name}`, (err) => res.json({ ok: !err })) // expect: command-injection
}

function archiveProjectSafe(req, res) {
  const name = req.body.project
  exec(quote(['tar', '-czf', `/backups/${name}.tgz`, `/srv/projects/${name}`]), (err) => res.json({ ok: !err })) // ok: command-injection
}

module.exports = { archiveProject, archiveProjectSafe }
