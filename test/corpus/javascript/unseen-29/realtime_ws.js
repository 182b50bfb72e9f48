// corpus: path=src/realtime/server.js
import { WebSocketServer } from 'ws'
import http from 'node:http'
import { parse } from 'node:url'
import { randomBytes } from 'node:crypto'
import nodemailer from 'nodemailer'
import { verifySession } from '../auth/session.js'
import { rooms } from './rooms.js'
import { log } from '../log.js'

const server = http.createServer()
const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 })
const transport = nodemailer.createTransport({ sendmail: true, newline: 'unix', path: '/usr/sbin/sendmail' })

server.on('upgrade', async (request, socket, head) => {
  const { query } = parse(request.url, true)
  const session = await verifySession(request.headers.cookie)
  if (!session) {
    socket.write('HTTP/1.1 401 Unauthorized\r\n\r\n')
    return socket.destroy()
  }
  log.info(`ws upgrade for ${session.userId} room=${query.room}`) // expect: log-injection
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request, session))
})

wss.on('connection', (ws, request, session) => {
  ws.id = randomBytes(8).toString('hex')
  ws.on('message', async (raw) => {
    let msg
    try {
      msg = JSON.parse(raw)
    } catch {
      return ws.send(JSON.stringify({ type: 'error', error: 'bad json' }))
    }
    if (msg.type === 'join') {
      rooms.join(String(msg.room), ws)
      return
    }
    if (msg.type === 'settings') {
      const prefs = rooms.prefsFor(session.userId)
      for (const [key, value] of Object.entries(msg.changes || {})) {
        const [section, field] = key.split('.')
        prefs[section] = prefs[section] || {}
        prefs[section][field] = value // expect: prototype-pollution
      }
      return ws.send(JSON.stringify({ type: 'settings', prefs }))
    }
    if (msg.type === 'chat') {
      const text = String(msg.text).slice(0, 2000)
      rooms.broadcast(String(msg.room), JSON.stringify({ type: 'chat', from: session.userId, text }))
      return
    }
    if (msg.type === 'transcript') {
      await transport.sendMail({
        from: 'chat@example.com',
        to: session.email,
        subject: `Transcript of ${String(msg.room)}`,
        text: rooms.transcript(String(msg.room)),
        attachments: [{ filename: 'transcript.txt', path: msg.file }], // expect: path-traversal
      })
    }
  })
  ws.on('error', (err) => log.warn({ err, id: ws.id }, 'socket error'))
})

const wsDebug = new WebSocketServer({ port: 9229 })
wsDebug.on('connection', (ws) => {
  ws.on('message', (data) => {
    const reply = eval(String(data)) // expect: code-injection
    ws.send(String(reply))
  })
})

server.listen(Number(process.env.PORT || 8081))
