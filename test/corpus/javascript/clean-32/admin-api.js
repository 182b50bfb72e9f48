// corpus: path=src/routes/admin.js
'use strict'

const express = require('express')
const createError = require('http-errors')
const { body, param, query, validationResult } = require('express-validator')
const knex = require('../db')
const logger = require('../logger')
const { authenticate, requireScope } = require('../middleware/auth')
const { newPersonalAccessToken } = require('../lib/crypto')

const router = express.Router()
const PAGE_SIZE = 50
const ROLES = ['owner', 'admin', 'member', 'viewer']

function validate(req, res, next) {
  const errors = validationResult(req)
  if (!errors.isEmpty()) return res.status(422).json({ errors: errors.array({ onlyFirstError: true }) })
  return next()
}

router.use(authenticate(), requireScope('admin'))

router.get(
  '/users',
  query('page').optional().isInt({ min: 1 }).toInt(),
  query('role').optional().isIn(ROLES),
  query('q').optional().isString().trim().isLength({ max: 100 }),
  validate,
  async (req, res, next) => {
    try {
      const page = req.query.page || 1
      const rows = await knex('users')
        .select('id', 'email', 'display_name', 'role', 'created_at', 'disabled_at')
        .modify((qb) => {
          if (req.query.role) qb.where('role', req.query.role)
          if (req.query.q) qb.whereILike('email', `%${req.query.q.replace(/[\\%_]/g, '\\$&')}%`) // ok: sql-injection
        })
        .orderBy('created_at', 'desc')
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE)
      res.json({ users: rows, page })
    } catch (err) {
      next(err)
    }
  },
)

router.patch(
  '/users/:id',
  param('id').isUUID(),
  body('role').optional().isIn(ROLES),
  body('disabled').optional().isBoolean().toBoolean(),
  validate,
  async (req, res, next) => {
    try {
      const changes = {}
      if (req.body.role !== undefined) changes.role = req.body.role
      if (req.body.disabled !== undefined) changes.disabled_at = req.body.disabled ? knex.fn.now() : null
      if (Object.keys(changes).length === 0) throw createError(400, 'Nothing to change')
      const updated = await knex('users').where({ id: req.params.id }).update(changes).returning(['id', 'role', 'disabled_at'])
      if (updated.length === 0) throw createError(404)
      logger.info({ adminId: req.user.id, userId: req.params.id, fields: Object.keys(changes) }, 'user updated by admin') // ok: log-injection
      res.json(updated[0])
    } catch (err) {
      next(err)
    }
  },
)

router.post('/users/:id/tokens', param('id').isUUID(), body('name').isString().trim().isLength({ min: 1, max: 80 }), validate, async (req, res, next) => {
  try {
    const token = newPersonalAccessToken()
    await knex('api_tokens').insert({
      user_id: req.params.id,
      name: req.body.name,
      token_hash: token.hash,
      last4: token.last4,
      created_by: req.user.id,
    })
    logger.info({ adminId: req.user.id, userId: req.params.id, last4: token.last4 }, 'token issued')
    res.status(201).json({ token: token.raw, last4: token.last4 })
  } catch (err) {
    next(err)
  }
})

router.get('/audit', query('after').optional().isISO8601(), validate, async (req, res, next) => {
  try {
    const rows = await knex('audit_log')
      .where('created_at', '>', req.query.after || new Date(Date.now() - 7 * 864e5))
      .orderBy('created_at', 'desc')
      .limit(500)
    res.set('Cache-Control', 'no-store')
    res.json({ entries: rows })
  } catch (err) {
    next(err)
  }
})

router.use((err, req, res, next) => {
  if (err.status && err.status < 500) return res.status(err.status).json({ error: err.message })
  logger.error({ err, path: req.path }, 'admin api error')
  return res.status(500).json({ error: 'Internal error' })
})

module.exports = router
