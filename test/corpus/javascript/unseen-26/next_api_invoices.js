// corpus: path=pages/api/invoices/[id].js
import fs from 'fs/promises'
import path from 'path'
import jwt from 'jsonwebtoken'
import { getPool } from '../../../lib/db'

const INVOICE_DIR = path.join(process.cwd(), 'storage', 'invoices')

function readUser(req) {
  const token = req.cookies.session
  if (!token) return null
  return jwt.verify(token, process.env.SESSION_SECRET, { algorithms: ['HS256'] }) // ok: jwt-weak
}

function readPartner(req) {
  const token = (req.headers.authorization || '').slice(7)
  return jwt.verify(token, process.env.PARTNER_PUBLIC_KEY, { algorithms: ['RS256', 'none'] }) // expect: jwt-weak
}

export default async function handler(req, res) {
  const user = readUser(req) || readPartner(req)
  if (!user) return res.status(401).json({ error: 'unauthorized' })
  const pool = getPool()

  if (req.method === 'GET' && req.query.format === 'pdf') {
    const file = path.join(INVOICE_DIR, `${req.query.id}.pdf`)
    const pdf = await fs.readFile(file) // expect: path-traversal
    res.setHeader('Content-Type', 'application/pdf')
    return res.send(pdf)
  }

  if (req.method === 'GET') {
    const [rows] = await pool.execute('SELECT id, number, total, status FROM invoices WHERE id = ? AND account_id = ?', [ // ok: sql-injection
      req.query.id,
      user.accountId,
    ])
    if (!rows.length) return res.status(404).json({ error: 'not_found' })
    return res.json(rows[0])
  }

  if (req.method === 'PATCH') {
    const fields = Object.keys(req.body).map((k) => `${k} = ?`).join(', ')
    await pool.query(`UPDATE invoices SET ${fields} WHERE id = ? AND account_id = ?`, [ // expect: sql-injection
      ...Object.values(req.body),
      req.query.id,
      user.accountId,
    ])
    return res.status(204).end()
  }

  if (req.method === 'DELETE') {
    try {
      await pool.execute('DELETE FROM invoices WHERE id = ? AND account_id = ?', [req.query.id, user.accountId])
      return res.status(204).end()
    } catch (err) {
      return res.status(500).json({ error: err.message, stack: err.stack }) // expect: error-exposure
    }
  }

  res.setHeader('Allow', 'GET, PATCH, DELETE')
  return res.status(405).json({ error: 'method_not_allowed' })
}
