// corpus: path=src/routes/comments.js
const express = require('express')
const { body, param, query, checkSchema, validationResult, matchedData } = require('express-validator')
const { execFile } = require('child_process')
const db = require('../db')

const router = express.Router()

const validate = (req, res, next) => {
  const errors = validationResult(req)
  return errors.isEmpty() ? next() : res.status(400).json({ errors: errors.array() })
}

router.get('/posts/:postId/comments', [param('postId').isInt(), query('order').optional().isIn(['asc', 'desc'])], validate, async (req, res) => {
  const order = req.query.order || 'asc'
  const rows = await db.query(`SELECT * FROM comments WHERE post_id = ${req.params.postId} ORDER BY created_at ${order}`) // ok: sql-injection
  res.json(rows)
})

router.get('/comments/by-author', query('author').notEmpty(), validate, async (req, res) => {
  const rows = await db.query(`SELECT * FROM comments WHERE author = '${req.query.author}'`) // expect: sql-injection
  res.json(rows)
})

router.post('/comments', body('postId').isInt().toInt(), body('text').isLength({ min: 1, max: 2000 }), validate, async (req, res) => {
  const { postId, text } = matchedData(req)
  await db.query('INSERT INTO comments (post_id, author_id, text) VALUES (?, ?, ?)', [postId, req.user.id, text]) // ok: sql-injection
  res.status(201).end()
})

router.get('/comments/:id/preview', param('id').isInt(), validate, async (req, res) => {
  const [row] = await db.query('SELECT text FROM comments WHERE id = ?', [req.params.id])
  res.send(`<div class="comment">${req.query.highlight || ''}${row ? '' : 'not found'}</div>`) // expect: xss
})

router.post('/comments/export', body('format').isIn(['csv', 'json']), validate, (req, res) => {
  execFile('./bin/export-comments', ['--format', req.body.format], (err, out) => res.send(err ? 'failed' : out)) // ok: command-injection
})

router.get('/comments/:id/thread', param('id').custom((v) => Number(v) > 0), validate, async (req, res) => {
  const rows = await db.query(`SELECT * FROM comments WHERE thread_root = ${req.params.id}`) // expect: sql-injection
  res.json(rows)
})

module.exports = router
