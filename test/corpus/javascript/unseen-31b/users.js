// corpus: path=src/routes/users.js
const express = require('express')
const { query, body, param, validationResult, matchedData } = require('express-validator')
const { execFile, exec } = require('child_process')
const path = require('path')
const fs = require('fs')
const db = require('../db')
const { requireLogin } = require('../middleware/auth')

const router = express.Router()
const AVATAR_DIR = path.join(__dirname, '..', '..', 'uploads', 'avatars')

function rejectInvalid(req, res, next) {
  const errors = validationResult(req)
  if (!errors.isEmpty()) return res.status(400).json({ errors: errors.array() })
  next()
}

router.get('/users', requireLogin, query('page').isInt({ min: 1 }).toInt(), query('role').isIn(['admin', 'member', 'guest']), rejectInvalid, async (req, res) => {
  const offset = (req.query.page - 1) * 20
  const rows = await db.query(`SELECT id, name, email FROM users WHERE role = '${req.query.role}' LIMIT 20 OFFSET ${offset}`) // ok: sql-injection
  res.json(rows)
})

// The chain records an error for a non-numeric id, but nothing reads validationResult: the
// request goes through with the text the client sent.
router.get('/users/:id', requireLogin, param('id').isInt(), async (req, res) => {
  const rows = await db.query(`SELECT id, name, email FROM users WHERE id = ${req.params.id}`) // expect: sql-injection
  res.json(rows[0] || null)
})

router.get('/users/:id/profile', requireLogin, param('id').isInt().toInt(), rejectInvalid, async (req, res) => {
  const rows = await db.query(`SELECT id, name, bio FROM users WHERE id = ${req.params.id}`) // ok: sql-injection
  res.json(rows[0] || null)
})

router.get('/users/search/by-name', requireLogin, query('name').trim().isLength({ max: 50 }), async (req, res) => {
  const rows = await db.query(`SELECT id, name FROM users WHERE name LIKE '%${req.query.name}%'`) // expect: sql-injection
  res.json(rows)
})

router.get('/users/search/by-email', requireLogin, query('email').isEmail().normalizeEmail(), rejectInvalid, async (req, res) => {
  const { email } = matchedData(req)
  const rows = await db.query('SELECT id, name FROM users WHERE email = ?', [email]) // ok: sql-injection
  res.json(rows)
})

router.post(
  '/users',
  requireLogin,
  body('email').isEmail().normalizeEmail(),
  body('name').isLength({ min: 1, max: 80 }).trim(),
  rejectInvalid,
  async (req, res) => {
    const data = matchedData(req, { locations: ['body'] })
    const user = await db.users.create(data) // ok: mass-assignment
    res.status(201).json(user)
  },
)

router.post(
  '/users/invite',
  requireLogin,
  body('email').isEmail(),
  rejectInvalid,
  async (req, res) => {
    const user = await db.users.create(req.body) // expect: mass-assignment
    res.status(201).json({ id: user.id })
  },
)

router.post('/users/:id/avatar', requireLogin, param('id').isInt(), body('filename').notEmpty(), rejectInvalid, async (req, res) => {
  const target = path.join(AVATAR_DIR, req.body.filename)
  await fs.promises.writeFile(target, Buffer.from(req.body.image, 'base64')) // expect: path-traversal
  res.sendStatus(204)
})

router.post('/users/:id/avatar/v2', requireLogin, param('id').isInt().toInt(), body('image').isBase64(), rejectInvalid, async (req, res) => {
  const { id, image } = matchedData(req)
  const target = path.join(AVATAR_DIR, `${id}.png`)
  await fs.promises.writeFile(target, Buffer.from(image, 'base64')) // ok: path-traversal
  res.sendStatus(204)
})

router.post('/users/:id/gravatar', requireLogin, body('email').isEmail(), rejectInvalid, (req, res) => {
  // isEmail accepts quoted local parts such as "a;b"@x.io, so it is no shell quoting.
  exec(`./bin/fetch-gravatar ${req.body.email}`, (err) => res.sendStatus(err ? 502 : 204)) // expect: command-injection
})

router.post('/users/:id/gravatar/v2', requireLogin, body('email').isEmail(), rejectInvalid, (req, res) => {
  execFile('./bin/fetch-gravatar', ['--', req.body.email], (err) => res.sendStatus(err ? 502 : 204)) // ok: command-injection
})

router.get('/users/export/:format', requireLogin, param('format').isIn(['csv', 'json']), rejectInvalid, (req, res) => {
  res.sendFile(path.join(__dirname, '..', '..', 'exports', `users.${req.params.format}`)) // ok: path-traversal
})

router.get('/welcome', query('name').optional(), (req, res) => {
  res.send(`<h1>Welcome, ${req.query.name || 'guest'}!</h1>`) // expect: xss
})

router.get('/welcome/v2', query('name').optional().escape(), rejectInvalid, (req, res) => {
  const { name = 'guest' } = matchedData(req)
  res.send(`<h1>Welcome, ${name}!</h1>`) // ok: xss
})

module.exports = router
