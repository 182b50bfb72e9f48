import { Router, type Request, type Response } from 'express'
import Database from 'better-sqlite3'
import { requireUser } from '../auth'

const db = new Database(process.env.NOTES_DB ?? 'notes.db')
db.pragma('journal_mode = WAL')

const router = Router()
const byOwner = db.prepare('SELECT id, title, updated_at FROM notes WHERE owner_id = ? ORDER BY updated_at DESC')
const insert = db.prepare('INSERT INTO notes (owner_id, title, body, updated_at) VALUES (@ownerId, @title, @body, @now)')

router.get('/notes', requireUser, (req: Request, res: Response) => {
  res.json(byOwner.all(req.user.id))
})

router.post('/notes', requireUser, (req: Request, res: Response) => {
  const { title, body } = req.body as { title: string; body: string }
  const info = insert.run({ ownerId: req.user.id, title, body, now: Date.now() })
  res.status(201).json({ id: info.lastInsertRowid })
})

export default router
