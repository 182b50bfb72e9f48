// corpus: path=src/routes/history.js
const express = require('express')
const { execSync } = require('child_process')

const router = express.Router()

// Show the commits of one author in the docs repository.
router.get('/history', (req, res) => {
  const out = execSync(`git -C /srv/docs log --oneline --author="${req.query.author}"`) // expect: command-injection
  res.type('text/plain').send(out)
})

module.exports = router
