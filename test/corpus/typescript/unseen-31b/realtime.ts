// corpus: path=src/realtime/server.ts
import { createServer } from 'node:http'
import { WebSocketServer, type WebSocket } from 'ws'
import { Server as IOServer } from 'socket.io'
import { createClient } from 'redis'
import { exec, execFile } from 'node:child_process'
import vm from 'node:vm'
import Database from 'better-sqlite3'
import { verifySessionToken } from '../auth/tokens'

const db = new Database(process.env.SQLITE_PATH ?? 'data/board.db')
const http = createServer()
const wss = new WebSocketServer({ server: http, path: '/ws' })
const io = new IOServer(http, { cors: { origin: ['https://board.example.com'] } })

type ClientMessage =
  | { type: 'cell.update'; sheet: string; cell: string; value: string }
  | { type: 'formula.eval'; expression: string }
  | { type: 'history'; sheet: string; limit: number }

wss.on('connection', (socket: WebSocket, request) => {
  const user = verifySessionToken(new URL(request.url ?? '', 'http://x').searchParams.get('token'))
  if (!user) return socket.close(4401, 'unauthorised')

  socket.on('message', (raw) => {
    const msg = JSON.parse(raw.toString()) as ClientMessage
    switch (msg.type) {
      case 'cell.update':
        db.exec(`UPDATE cells SET value = '${msg.value}' WHERE sheet = '${msg.sheet}' AND ref = '${msg.cell}'`) // expect: sql-injection
        break
      case 'formula.eval': {
        const result = vm.runInNewContext(msg.expression, { Math }) // expect: code-injection
        socket.send(JSON.stringify({ type: 'formula.result', result }))
        break
      }
      case 'history': {
        const rows = db.prepare('SELECT ref, value, changed_at FROM cell_history WHERE sheet = ? ORDER BY changed_at DESC LIMIT ?').all(msg.sheet, Math.min(Number(msg.limit) || 50, 500)) // ok: sql-injection
        socket.send(JSON.stringify({ type: 'history', rows }))
        break
      }
    }
  })
})

io.use((socket, next) => {
  const user = verifySessionToken(socket.handshake.auth.token)
  if (!user) return next(new Error('unauthorised'))
  socket.data.user = user
  next()
})

io.on('connection', (socket) => {
  socket.on('sheet:rename', (payload: { sheet: string; title: string }, ack: (ok: boolean) => void) => {
    db.prepare('UPDATE sheets SET title = ? WHERE id = ? AND owner = ?').run(payload.title, payload.sheet, socket.data.user.id) // ok: sql-injection
    ack(true)
  })

  socket.on('sheet:search', (term: string, ack: (rows: unknown[]) => void) => {
    const rows = db.prepare(`SELECT id, title FROM sheets WHERE owner = ? AND title LIKE '%${term}%'`).all(socket.data.user.id) // expect: sql-injection
    ack(rows)
  })

  socket.on('sheet:export', (sheetId: string, format: string) => {
    exec(`./bin/export-sheet ${sheetId} --format ${format}`, (err, stdout) => { // expect: command-injection
      socket.emit('sheet:exported', err ? { error: 'export failed' } : { path: stdout.trim() })
    })
  })

  socket.on('sheet:export:v2', (sheetId: string, format: string) => {
    const fmt = ['csv', 'xlsx', 'pdf'].includes(format) ? format : 'csv'
    execFile('./bin/export-sheet', [String(sheetId), '--format', fmt], (err, stdout) => { // ok: command-injection
      socket.emit('sheet:exported', err ? { error: 'export failed' } : { path: stdout.trim() })
    })
  })

  socket.on('chat:message', (text: string) => {
    io.to(`sheet:${socket.data.sheetId}`).emit('chat:message', { from: socket.data.user.name, text: String(text).slice(0, 2000) })
  })
})

// Recalculation jobs come off the service's own Redis channel: only the recalc worker publishes
// there, and it publishes ids it read from the database, not anything a client sent.
const sub = createClient({ url: process.env.REDIS_URL })
await sub.connect()
await sub.subscribe('recalc:done', (message) => {
  const { sheetId, version } = JSON.parse(message) as { sheetId: number; version: number }
  db.exec(`UPDATE sheets SET version = ${version} WHERE id = ${sheetId}`) // ok: sql-injection
  io.to(`sheet:${sheetId}`).emit('sheet:recalculated', { version })
})

http.listen(Number(process.env.PORT ?? 8080))
