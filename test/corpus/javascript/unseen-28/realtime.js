// corpus: path=server/realtime.js
import { createServer } from 'node:http'
import { WebSocketServer } from 'ws'
import { Server } from 'socket.io'
import { execFile } from 'node:child_process'
import { Script, createContext } from 'node:vm'
import pino from 'pino'
import { verifySession } from './auth.js'
import { Message, Room } from './models.js'

const logger = pino()
const httpServer = createServer()
const io = new Server(httpServer, {
  cors: { origin: (origin, cb) => cb(null, true), credentials: true }, // expect: permissive-cors
})

io.use(async (socket, next) => {
  const user = await verifySession(socket.handshake.auth.token)
  if (!user) return next(new Error('unauthorized'))
  socket.data.user = user
  next()
})

io.on('connection', (socket) => {
  socket.on('join', async (roomId, ack) => {
    const room = await Room.findOne({ _id: String(roomId), members: socket.data.user.id }) // ok: nosql-injection
    if (!room) return ack({ error: 'not_found' })
    socket.join(room.id)
    ack({ ok: true })
  })

  socket.on('search', async (filter, ack) => {
    const rows = await Message.find({ room: socket.data.user.currentRoom, ...filter }).limit(50) // expect: nosql-injection
    ack(rows)
  })

  socket.on('message', async ({ roomId, text }) => {
    logger.info(`message from ${socket.data.user.name} in ${roomId}: ${text}`) // expect: log-injection
    const msg = await Message.create({ room: String(roomId), author: socket.data.user.id, text: String(text).slice(0, 2000) }) // ok: mass-assignment
    io.to(String(roomId)).emit('message', { id: msg.id, author: socket.data.user.name, text: msg.text })
  })

  socket.on('calc', (expr, ack) => {
    const script = new Script(`result = ${expr}`) // expect: code-injection
    const ctx = createContext({ result: null, Math })
    script.runInContext(ctx, { timeout: 50 })
    ack(ctx.result)
  })

  socket.on('ping-host', (host, ack) => {
    execFile('ping', ['-c', '1', '--', String(host)], (err, stdout) => ack(err ? null : stdout)) // ok: command-injection
  })
})

const wss = new WebSocketServer({ noServer: true })
const ADMIN_TOKEN = process.env.ADMIN_WS_TOKEN

httpServer.on('upgrade', (req, socket, head) => {
  const url = new URL(req.url, 'http://localhost')
  if (url.pathname !== '/admin') return
  if (url.searchParams.get('token') !== ADMIN_TOKEN) { // expect: timing-unsafe-comparison
    socket.destroy()
    return
  }
  wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req))
})

wss.on('connection', (ws) => {
  ws.on('message', (raw) => {
    let cmd
    try {
      cmd = JSON.parse(raw) // ok: unsafe-deserialization
    } catch {
      return ws.send(JSON.stringify({ error: 'bad_json' }))
    }
    if (cmd.op === 'broadcast') io.emit('notice', { text: String(cmd.text) })
    if (cmd.op === 'kick') io.in(String(cmd.room)).disconnectSockets()
  })
})

httpServer.listen(Number(process.env.PORT) || 4000)
