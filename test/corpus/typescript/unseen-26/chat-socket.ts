// corpus: path=src/realtime/chat-socket.ts
import { WebSocketServer, type WebSocket } from 'ws'
import type { IncomingMessage } from 'node:http'
import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { verifySessionCookie } from '../auth/session'
import { db } from '../db'
import { logger } from '../logger'

const Message = z.discriminatedUnion('type', [
  z.object({ type: z.literal('join'), room: z.string().regex(/^[a-z0-9-]{1,40}$/) }),
  z.object({ type: z.literal('say'), room: z.string(), text: z.string().max(2000) }),
  z.object({ type: z.literal('search'), room: z.string(), q: z.string().max(100) }),
  z.object({ type: z.literal('history'), room: z.string(), before: z.string().optional() }),
])

interface Client {
  id: string
  userId: string
  rooms: Set<string>
  socket: WebSocket
}

const clients = new Map<string, Client>()

function broadcast(room: string, payload: unknown) {
  const data = JSON.stringify(payload)
  for (const client of clients.values()) {
    if (client.rooms.has(room)) client.socket.send(data)
  }
}

export function attachChat(wss: WebSocketServer) {
  wss.on('connection', async (socket: WebSocket, req: IncomingMessage) => {
    const user = await verifySessionCookie(req.headers.cookie)
    if (!user) {
      socket.close(4401, 'unauthorized')
      return
    }
    const client: Client = { id: randomUUID(), userId: user.id, rooms: new Set(), socket } // ok: insecure-random
    const nonce = Math.random().toString(36).slice(2) // expect: insecure-random
    clients.set(client.id, client)
    socket.send(JSON.stringify({ type: 'hello', clientId: client.id, resumeToken: nonce }))

    socket.on('message', async (raw) => {
      let parsed
      try {
        parsed = Message.parse(JSON.parse(raw.toString()))
      } catch {
        socket.send(JSON.stringify({ type: 'error', message: 'bad message' }))
        return
      }
      switch (parsed.type) {
        case 'join':
          client.rooms.add(parsed.room)
          logger.info(`user ${user.id} joined ${parsed.room}`) // ok: log-injection
          break
        case 'say': {
          if (!client.rooms.has(parsed.room)) return
          const row = await db.message.create({ data: { room: parsed.room, userId: user.id, text: parsed.text } })
          broadcast(parsed.room, { type: 'message', id: row.id, userId: user.id, text: parsed.text })
          break
        }
        case 'search': {
          const pattern = new RegExp(parsed.q, 'i') // expect: regex-injection
          const rows = await db.message.findMany({ where: { room: parsed.room }, take: 500 })
          socket.send(JSON.stringify({ type: 'results', ids: rows.filter((r) => pattern.test(r.text)).map((r) => r.id) }))
          break
        }
        case 'history': {
          const rows = await db.$queryRawUnsafe(`SELECT id, user_id, text FROM messages WHERE room = '${parsed.room}' ORDER BY id DESC LIMIT 50`) // expect: sql-injection
          socket.send(JSON.stringify({ type: 'history', rows }))
          break
        }
      }
    })

    socket.on('close', () => {
      clients.delete(client.id)
    })
  })
}
