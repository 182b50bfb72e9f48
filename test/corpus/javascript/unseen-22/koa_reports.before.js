const Router = require('@koa/router')
const { Pool } = require('pg')
const path = require('path')

const pool = new Pool({ connectionString: process.env.DATABASE_URL })
const router = new Router({ prefix: '/reports' })

const REPORT_DIR = path.join(__dirname, '..', 'var', 'reports')

router.get('/', async (ctx) => {
  const { rows } = await pool.query(
    'SELECT id, name, created_at FROM reports WHERE team_id = $1 ORDER BY created_at DESC',
    [ctx.state.user.teamId],
  )
  ctx.body = rows
})

router.get('/:id', async (ctx) => {
  const { rows } = await pool.query('SELECT * FROM reports WHERE id = $1 AND team_id = $2', [
    ctx.params.id,
    ctx.state.user.teamId,
  ])
  if (!rows.length) ctx.throw(404)
  ctx.body = rows[0]
})

module.exports = router
