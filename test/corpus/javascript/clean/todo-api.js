// corpus: path=server/routes/todos.js
const express = require('express');
const { body, param, validationResult } = require('express-validator');
const db = require('../db');
const { requireUser } = require('../middleware/auth');

const router = express.Router();
router.use(requireUser);

function validate(req, res, next) {
  const errors = validationResult(req);
  if (!errors.isEmpty()) {
    return res.status(422).json({ error: 'validation_failed', details: errors.array() });
  }
  next();
}

function toJson(row) {
  return {
    id: row.id,
    title: row.title,
    done: Boolean(row.done),
    due_on: row.due_on,
    created_at: row.created_at,
  };
}

router.get('/', async (req, res, next) => {
  try {
    const rows = await db('todos')
      .where({ user_id: req.user.id })
      .modify((q) => {
        if (req.query.done === 'true') q.where('done', true);
        if (req.query.done === 'false') q.where('done', false);
      })
      .orderBy([{ column: 'done' }, { column: 'due_on', order: 'asc', nulls: 'last' }, { column: 'id' }])
      .limit(200);
    res.json(rows.map(toJson));
  } catch (err) {
    next(err);
  }
});

router.post(
  '/',
  body('title').isString().trim().isLength({ min: 1, max: 200 }),
  body('due_on').optional({ nullable: true }).isISO8601(),
  validate,
  async (req, res, next) => {
    try {
      const [row] = await db('todos')
        .insert({ user_id: req.user.id, title: req.body.title, due_on: req.body.due_on || null })
        .returning('*');
      res.status(201).json(toJson(row));
    } catch (err) {
      next(err);
    }
  },
);

router.patch(
  '/:id',
  param('id').isInt({ min: 1 }),
  body('title').optional().isString().trim().isLength({ min: 1, max: 200 }),
  body('done').optional().isBoolean(),
  validate,
  async (req, res, next) => {
    try {
      const changes = {};
      if (req.body.title !== undefined) changes.title = req.body.title;
      if (req.body.done !== undefined) changes.done = req.body.done;
      const [row] = await db('todos').where({ id: req.params.id, user_id: req.user.id }).update(changes).returning('*');
      if (!row) return res.status(404).json({ error: 'not_found' });
      res.json(toJson(row));
    } catch (err) {
      next(err);
    }
  },
);

router.delete('/:id', param('id').isInt({ min: 1 }), validate, async (req, res, next) => {
  try {
    const deleted = await db('todos').where({ id: req.params.id, user_id: req.user.id }).del();
    res.status(deleted ? 204 : 404).end();
  } catch (err) {
    next(err);
  }
});

module.exports = router;
