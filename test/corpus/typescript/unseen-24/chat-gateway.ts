// corpus: path=src/realtime/chat-gateway.ts
import type { Server, Socket } from 'socket.io'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import vm from 'node:vm'
import escapeStringRegexp from 'escape-string-regexp'
import { verifySession } from '../auth/session'
import { messages, rooms } from '../db'
import { logger } from '../logger'

const UPLOAD_ROOT = path.resolve('var/chat-uploads')

type ClientEvents = {
  join: (roomId: string, ack: (ok: boolean) => void) => void
  message: (payload: { roomId: string; text: string }) => void
  search: (payload: { roomId: string; q: string; regex?: boolean }, ack: (hits: unknown[]) => void) => void
  attach: (payload: { roomId: string; name: string; data: ArrayBuffer }, ack: (url: string) => void) => void
  calc: (payload: { roomId: string; expr: string }) => void
}

export function registerChat(io: Server<ClientEvents>) {
  io.use(async (socket, next) => {
    const token = socket.handshake.auth?.token
    const session = typeof token === 'string' ? await verifySession(token) : null
    if (!session) return next(new Error('unauthorized'))
    socket.data.user = session.user
    next()
  })

  io.on('connection', (socket: Socket<ClientEvents>) => {
    const user = socket.data.user as { id: string; name: string }
    logger.info({ userId: user.id, sessionToken: socket.handshake.auth.token }, 'socket connected') // expect: sensitive-logging
    logger.info({ userId: user.id, transport: socket.conn.transport.name }, 'socket transport') // ok: sensitive-logging

    socket.on('join', async (roomId, ack) => {
      const member = await rooms.isMember(roomId, user.id)
      if (!member) return ack(false)
      await socket.join(roomId)
      ack(true)
    })

    socket.on('message', async ({ roomId, text }) => {
      if (!socket.rooms.has(roomId) || typeof text !== 'string' || text.length > 4000) return
      const saved = await messages.insert({ roomId, authorId: user.id, text })
      io.to(roomId).emit('message', { id: saved.id, author: user.name, text, at: saved.createdAt })
    })

    socket.on('search', async ({ roomId, q, regex }, ack) => {
      if (!socket.rooms.has(roomId)) return ack([])
      const recent = await messages.recent(roomId, 500)
      const pattern = regex ? new RegExp(q, 'i') : null // expect: regex-injection
      const literal = new RegExp(escapeStringRegexp(q), 'i') // ok: regex-injection
      ack(recent.filter((m) => (pattern ?? literal).test(m.text)))
    })

    socket.on('attach', async ({ roomId, name, data }, ack) => {
      if (!socket.rooms.has(roomId)) return
      const dir = path.join(UPLOAD_ROOT, roomId)
      await mkdir(dir, { recursive: true })
      await writeFile(path.join(dir, name), Buffer.from(data)) // expect: path-traversal
      const stored = `${crypto.randomUUID()}${path.extname(path.basename(name)).slice(0, 8)}`
      await writeFile(path.join(UPLOAD_ROOT, 'by-id', stored), Buffer.from(data)) // ok: path-traversal
      ack(`/chat-uploads/by-id/${stored}`)
    })

    socket.on('calc', ({ roomId, expr }) => {
      if (!socket.rooms.has(roomId)) return
      const result = vm.runInNewContext(expr, {}, { timeout: 50 }) // expect: code-injection
      const simple = /^[\d\s+\-*/().]+$/.test(expr) ? Number(expr.replace(/\s+/g, '')) : NaN // ok: code-injection
      io.to(roomId).emit('calc', { by: user.name, expr, result: Number.isNaN(simple) ? String(result) : simple })
    })
  })
}
