// corpus: path=src/routes/git.js
const { execSync, execFileSync } = require('child_process')
const express = require('express')

const router = express.Router()
const REPO = '/srv/repos/site'

router.get('/git/log', (req, res) => {
  const branch = req.query.branch || 'main'
  const out = execSync(`git -C ${REPO} log --oneline -n 20 ${branch}`).toString() // expect: command-injection
  res.type('text/plain').send(out)
})

router.get('/git/status', (req, res) => {
  res.type('text/plain').send(execFileSync('git', ['-C', REPO, 'status', '--short']).toString())
})

module.exports = router
