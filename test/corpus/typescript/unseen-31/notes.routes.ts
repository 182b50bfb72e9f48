import { Router, type Request, type Response } from 'express'
import Database from 'better-sqlite3'
import { requireUser } from '../auth'

const db = new Database(process.env.NOTES_DB ?? 'notes.db')
db.pragma('journal_mode = WAL')

const router = Router()
const byOwner = db.prepare('SELECT id, title, updated_at FROM notes WHERE owner_id = ? ORDER BY updated_at DESC')
const insert = db.prepare('INSERT INTO notes (owner_id, title, body, updated_at) VALUES (@ownerId, @title, @body, @now)')
const ORDERS: Record<string, string> = { title: 'title COLLATE NOCASE', updated: 'updated_at DESC' }

router.get('/notes', requireUser, (req: Request, res: Response) => {
  res.json(byOwner.all(req.user.id))
})

router.get('/notes/search', requireUser, (req: Request, res: Response) => {
  const term = String(req.query.q ?? '')
  const rows = db.prepare(`SELECT id, title FROM notes WHERE owner_id = ? AND (title LIKE '%${term}%' OR body LIKE '%${term}%')`).all(req.user.id) // expect: sql-injection
  res.json(rows)
})

router.get('/notes/sorted', requireUser, (req: Request, res: Response) => {
  const order = ORDERS[String(req.query.order)] ?? ORDERS.updated
  const rows = db.prepare(`SELECT id, title FROM notes WHERE owner_id = ? ORDER BY ${order}`).all(req.user.id) // ok: sql-injection
  res.json(rows)
})

router.get('/notes/fts', requireUser, (req: Request, res: Response) => {
  const rows = db.prepare('SELECT rowid AS id, title FROM notes_fts WHERE notes_fts MATCH ? AND owner_id = ?').all(String(req.query.q ?? ''), req.user.id) // ok: sql-injection
  res.json(rows)
})

router.post('/notes', requireUser, (req: Request, res: Response) => {
  const { title, body } = req.body as { title: string; body: string }
  const info = insert.run({ ownerId: req.user.id, title, body, now: Date.now() })
  res.status(201).json({ id: info.lastInsertRowid })
})

router.post('/notes/:id/tags', requireUser, (req: Request, res: Response) => {
  const tags: string[] = Array.isArray(req.body.tags) ? req.body.tags : []
  db.exec(`DELETE FROM note_tags WHERE note_id = ${req.params.id}; INSERT INTO note_tags (note_id, tag) VALUES ${tags.map((t) => `(${req.params.id}, '${t}')`).join(', ')}`) // expect: sql-injection
  res.sendStatus(204)
})

router.post('/notes/:id/tags/v2', requireUser, (req: Request, res: Response) => {
  const tags: string[] = Array.isArray(req.body.tags) ? req.body.tags.map(String) : []
  const noteId = Number(req.params.id)
  const replace = db.transaction((list: string[]) => {
    db.prepare('DELETE FROM note_tags WHERE note_id = ?').run(noteId)
    const add = db.prepare('INSERT INTO note_tags (note_id, tag) VALUES (?, ?)')
    for (const tag of list) add.run(noteId, tag) // ok: sql-injection
  })
  replace(tags)
  res.sendStatus(204)
})

router.post('/notes/backup', requireUser, (req: Request, res: Response) => {
  const target = `backups/${req.body.name}.db`
  db.backup(target) // expect: path-traversal
    .then(() => res.json({ file: target }))
    .catch(() => res.status(500).json({ error: 'backup failed' }))
})

router.post('/notes/attach', requireUser, (req: Request, res: Response) => {
  db.exec(`ATTACH DATABASE '${req.body.file}' AS imported`) // expect: sql-injection
  res.sendStatus(204)
})

export default router
