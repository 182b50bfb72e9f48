// corpus: path=src/services/catalog.js changeset=uploads
'use strict'

const db = require('../db')

async function searchFiles(ownerId, term) {
  const { rows } = await db.query( // expect: sql-injection
    `SELECT id, name, size FROM files WHERE owner_id = $1 AND name ILIKE '%${term}%' ORDER BY name LIMIT 100`,
    [ownerId],
  )
  return rows
}

async function fileById(ownerId, id) {
  const { rows } = await db.query('SELECT id, name, size FROM files WHERE owner_id = $1 AND id = $2', [ownerId, id]) // ok: sql-injection
  return rows[0] || null
}

module.exports = { searchFiles, fileById }
