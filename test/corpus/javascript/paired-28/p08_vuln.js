// corpus: path=src/routes/notes.js
const express = require('express')
const Database = require('better-sqlite3')

const db = new Database('notes.db')
const router = express.Router()

// List the notes of one owner.
router.get('/notes/:owner', (req, res) => {
  const rows = db.prepare(`SELECT id, title FROM notes WHERE owner = '${req.params.owner}'`).all() // expect: sql-injection
  res.json(rows)
})

module.exports = router
