/**
 * express-validator chains in a route's middleware list. A check (`isInt`, `isIn`, `isUUID`,
 * `isISO8601`) pins a field down only when a middleware or the handler reads `validationResult(req)`
 * and turns the request away; converting sanitisers (`toInt()`) replace the value in any case, and
 * `escape()` makes it markup-safe. `matchedData(req)` hands back the request's fields, the pinned ones
 * as checked. A chain that only records errors, `isEmail()`, `isLength()`, `.not()` and `.custom()`
 * leave the client's text as it was.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const JS = { path: 'src/routes/users.js' }
const HEAD = "const express = require('express')\nconst { query, param, body, check, validationResult, matchedData } = require('express-validator')\nconst db = require('../db')\nconst router = express.Router()\nfunction validate(req, res, next) {\n  const errors = validationResult(req)\n  if (!errors.isEmpty()) return res.status(400).json({ errors: errors.array() })\n  next()\n}\n"

testRule(registered('js/sql-injection'), {
  valid: [
    { ...JS, code: `${HEAD}router.get('/u', query('role').isIn(['admin', 'member']), validate, async (req, res) => {\n  res.json(await db.query(\`SELECT id FROM users WHERE role = '\${req.query.role}'\`))\n})` },
    { ...JS, code: `${HEAD}router.get('/u/:id', param('id').isInt().toInt(), async (req, res) => {\n  res.json(await db.query(\`SELECT id FROM users WHERE id = \${req.params.id}\`))\n})` },
    { ...JS, code: `${HEAD}router.get('/u/:id', [param('id').isUUID()], validate, async (req, res) => {\n  res.json(await db.query(\`SELECT id FROM users WHERE id = '\${req.params.id}'\`))\n})` },
    { ...JS, code: `${HEAD}router.get('/o', check('status').isIn(['open', 'shipped']), (req, res, next) => (validationResult(req).isEmpty() ? next() : res.sendStatus(400)), async (req, res) => {\n  const { status } = matchedData(req)\n  res.json(await db.query(\`SELECT id FROM orders WHERE status = '\${status}'\`))\n})` },
    // the project's validation middleware from another module
    { ...JS, code: `${HEAD}const { handleValidationErrors } = require('../middleware')\nrouter.get('/u/:id', param('id').isInt(), handleValidationErrors, async (req, res) => {\n  res.json(await db.query(\`SELECT id FROM users WHERE id = \${req.params.id}\`))\n})` },
    // the handler reads the result itself
    { ...JS, code: `${HEAD}router.get('/o', query('since').isISO8601(), async (req, res) => {\n  if (!validationResult(req).isEmpty()) return res.sendStatus(400)\n  res.json(await db.query(\`SELECT id FROM orders WHERE created_at >= '\${req.query.since}'\`))\n})` },
  ],
  invalid: [
    // nothing reads validationResult: the request goes through with whatever was sent
    { ...JS, code: `${HEAD}router.get('/u/:id', param('id').isInt(), async (req, res) => {\n  res.json(await db.query(\`SELECT id FROM users WHERE id = \${req.params.id}\`))\n})`, findings: [{ line: 11 }] },
    // length and e-mail checks let quotes through
    { ...JS, code: `${HEAD}router.get('/u', query('name').isLength({ max: 40 }), validate, async (req, res) => {\n  res.json(await db.query(\`SELECT id FROM users WHERE name = '\${req.query.name}'\`))\n})`, findings: [{ line: 11 }] },
    { ...JS, code: `${HEAD}router.get('/u', query('email').isEmail(), validate, async (req, res) => {\n  const { email } = matchedData(req)\n  res.json(await db.query(\`SELECT id FROM users WHERE email = '\${email}'\`))\n})`, findings: [{ line: 12 }] },
    // a middleware from another module named for something else than reading the result
    { ...JS, code: `${HEAD}const { validateToken } = require('../auth')\nrouter.get('/u/:id', param('id').isInt(), validateToken, async (req, res) => {\n  res.json(await db.query(\`SELECT id FROM users WHERE id = \${req.params.id}\`))\n})`, findings: [{ line: 12 }] },
    // a negated check, and a check of another field
    { ...JS, code: `${HEAD}router.get('/u', query('role').not().isIn(['admin']), validate, async (req, res) => {\n  res.json(await db.query(\`SELECT id FROM users WHERE role = '\${req.query.role}'\`))\n})`, findings: [{ line: 11 }] },
    { ...JS, code: `${HEAD}router.get('/u', query('page').isInt(), validate, async (req, res) => {\n  res.json(await db.query(\`SELECT id FROM users WHERE role = '\${req.query.role}'\`))\n})`, findings: [{ line: 11 }] },
    // escape() is for markup: a backslash-free quote is gone, but the value is still the client's text in a LIKE
    { ...JS, code: `${HEAD}router.get('/u', body('bio').escape(), validate, async (req, res) => {\n  const { bio } = matchedData(req)\n  res.json(await db.query('SELECT id FROM users WHERE ' + bio))\n})`, findings: [{ line: 12 }] },
  ],
})

testRule(registered('js/xss-sink'), {
  valid: [
    { ...JS, code: `${HEAD}router.get('/hi', query('name').optional().escape(), (req, res) => {\n  const { name = 'guest' } = matchedData(req)\n  res.send(\`<h1>Hi \${name}</h1>\`)\n})` },
  ],
  invalid: [
    { ...JS, code: `${HEAD}router.get('/hi', query('name').optional(), (req, res) => {\n  res.send(\`<h1>Hi \${req.query.name}</h1>\`)\n})`, findings: [{ line: 11 }] },
    // matchedData is the request's data: an unchecked field is the client's markup
    { ...JS, code: `${HEAD}router.get('/hi', query('name').optional().trim(), validate, (req, res) => {\n  const { name } = matchedData(req)\n  res.send(\`<h1>Hi \${name}</h1>\`)\n})`, findings: [{ line: 12 }] },
  ],
})
