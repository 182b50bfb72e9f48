// corpus: path=src/routes/tags.routes.ts
import { Router, type Request, type Response, type NextFunction } from 'express'
import { body, param, query, validationResult, matchedData } from 'express-validator'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { pool } from '../db/pool'

export const tags = Router()
const ICONS = path.resolve('assets/tag-icons')

function handleValidationErrors(req: Request, res: Response, next: NextFunction) {
  const result = validationResult(req)
  if (!result.isEmpty()) {
    res.status(422).json({ errors: result.mapped() })
    return
  }
  next()
}

tags.get(
  '/tags',
  [query('sort').optional().isIn(['name', 'created_at', 'usage']), query('limit').optional().isInt({ min: 1, max: 200 }).toInt()],
  handleValidationErrors,
  async (req: Request, res: Response) => {
    const { sort = 'name', limit = 50 } = matchedData(req) as { sort?: string; limit?: number }
    const { rows } = await pool.query(`SELECT id, name FROM tags ORDER BY ${sort} LIMIT ${limit}`) // ok: sql-injection
    res.json(rows)
  },
)

tags.get('/tags/search', query('prefix').isString().isLength({ min: 1, max: 30 }), handleValidationErrors, async (req: Request, res: Response) => {
  const { prefix } = matchedData(req)
  const { rows } = await pool.query(`SELECT id, name FROM tags WHERE name LIKE '${prefix}%'`) // expect: sql-injection
  res.json(rows)
})

tags.get('/tags/:slug/icon', param('slug').matches(/^[a-z0-9-]+$/), async (req: Request, res: Response) => {
  const svg = await readFile(path.join(ICONS, `${req.params.slug}.svg`), 'utf8') // expect: path-traversal
  res.type('image/svg+xml').send(svg)
})

tags.get('/tags/:id/icon-by-id', param('id').isInt().toInt(), async (req: Request, res: Response) => {
  const svg = await readFile(path.join(ICONS, `${req.params.id}.svg`), 'utf8') // ok: path-traversal
  res.type('image/svg+xml').send(svg)
})

tags.post('/tags', body('name').trim().isLength({ min: 1, max: 40 }), body('color').isHexColor(), handleValidationErrors, async (req: Request, res: Response) => {
  const { name, color } = matchedData(req)
  const { rows } = await pool.query('INSERT INTO tags (name, color) VALUES ($1, $2) RETURNING id', [name, color]) // ok: sql-injection
  res.status(201).json(rows[0])
})

tags.delete('/tags/:id', param('id').isUUID(), async (req: Request, res: Response) => {
  // the chain records a bad id, but nothing here reads the result
  await pool.query(`DELETE FROM tags WHERE id = '${req.params.id}'`) // expect: sql-injection
  res.sendStatus(204)
})
