// corpus: path=src/realtime/chat.ts
import type { Server as HttpServer } from 'node:http'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Server, type Socket } from 'socket.io'
import jwt from 'jsonwebtoken'
import sanitizeHtml from 'sanitize-html'
import { pool } from '../db'

const AVATAR_DIR = path.resolve('public/avatars')
const JWT_SECRET = process.env.JWT_SECRET!
const MAX_MESSAGE = 4000

type Claims = { sub: string; name: string }

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export function attachChat(httpServer: HttpServer) {
  const io = new Server(httpServer, { cors: { origin: true, credentials: true } }) // expect: permissive-cors

  io.use((socket, next) => {
    const token = socket.handshake.auth.token as string | undefined
    if (!token) return next(new Error('unauthorized'))
    const claims = jwt.decode(token) as Claims | null // expect: jwt-weak
    if (!claims?.sub) return next(new Error('unauthorized'))
    socket.data.user = claims
    next()
  })

  const admin = io.of('/admin')
  admin.use((socket, next) => {
    try {
      socket.data.user = jwt.verify(String(socket.handshake.auth.token), JWT_SECRET, { algorithms: ['HS256'] }) as Claims // ok: jwt-weak
      next()
    } catch {
      next(new Error('unauthorized'))
    }
  })

  io.on('connection', (socket: Socket) => {
    const userId = socket.data.user.sub as string

    socket.on('room:join', async (roomId: string, ack: (ok: boolean) => void) => {
      const { rowCount } = await pool.query('SELECT 1 FROM memberships WHERE room_id = $1 AND user_id = $2', [roomId, userId]) // ok: sql-injection
      if (!rowCount) return ack(false)
      await socket.join(roomId)
      ack(true)
    })

    socket.on('room:rename', async ({ roomId, name }: { roomId: string; name: string }) => {
      await pool.query(`UPDATE rooms SET name = '${name}', updated_by = $2 WHERE id = $1`, [roomId, userId]) // expect: sql-injection
      io.to(roomId).emit('room:renamed', { roomId, name })
    })

    socket.on('message', async ({ roomId, text }: { roomId: string; text: string }) => {
      if (!socket.rooms.has(roomId)) return
      const html = sanitizeHtml(text.slice(0, MAX_MESSAGE), { allowedTags: ['b', 'i', 'em', 'strong', 'a', 'code'] })
      const { rows } = await pool.query('INSERT INTO messages (room_id, user_id, html) VALUES ($1, $2, $3) RETURNING id, created_at', [roomId, userId, html]) // ok: sql-injection
      io.to(roomId).emit('message', { id: rows[0].id, from: userId, html, at: rows[0].created_at }) // ok: xss
    })

    socket.on('avatar', async (fileName: string, data: Buffer) => {
      await writeFile(path.join(AVATAR_DIR, fileName), data) // expect: path-traversal
    })

    socket.on('avatar:v2', async (fileName: string, data: Buffer) => {
      const ext = path.extname(fileName).toLowerCase() === '.png' ? '.png' : '.jpg'
      await writeFile(path.join(AVATAR_DIR, `${userId}${ext}`), data) // ok: path-traversal
    })

    socket.on('history:search', async ({ roomId, pattern }: { roomId: string; pattern: string }, ack: (hits: unknown[]) => void) => {
      const { rows } = await pool.query<{ id: string; html: string }>('SELECT id, html FROM messages WHERE room_id = $1 ORDER BY id DESC LIMIT 500', [roomId])
      const re = new RegExp(pattern, 'i') // expect: regex-injection
      ack(rows.filter((m) => re.test(m.html)))
    })

    socket.on('history:find', async ({ roomId, term }: { roomId: string; term: string }, ack: (hits: unknown[]) => void) => {
      const { rows } = await pool.query<{ id: string; html: string }>('SELECT id, html FROM messages WHERE room_id = $1 ORDER BY id DESC LIMIT 500', [roomId])
      const re = new RegExp(escapeRegExp(term), 'i') // ok: regex-injection
      ack(rows.filter((m) => re.test(m.html)))
    })

    socket.on('typing', (roomId: string) => {
      console.log(`typing user=${userId} room=${JSON.stringify(roomId)}`) // ok: log-injection
      socket.to(roomId).emit('typing', userId)
    })
  })

  return io
}
