// corpus: path=src/chat/socket.js
const { Server } = require('socket.io')
const { Pool } = require('pg')
const { exec } = require('child_process')
const jwt = require('jsonwebtoken')
const logger = require('../logger')

const pg = new Pool()

module.exports = function attachChat(httpServer) {
  const io = new Server(httpServer, { cors: { origin: process.env.APP_ORIGIN, credentials: true } })

  io.use((socket, next) => {
    try {
      socket.data.user = jwt.verify(socket.handshake.auth.token, process.env.JWT_SECRET, { algorithms: ['HS256'] })
      next()
    } catch (err) {
      next(new Error('unauthorised'))
    }
  })

  io.on('connection', (socket) => {
    const { user } = socket.data

    socket.on('room:join', async (roomId) => {
      const { rows } = await pg.query('SELECT 1 FROM room_members WHERE room_id = $1 AND user_id = $2', [roomId, user.sub]) // ok: sql-injection
      if (rows.length) socket.join(`room:${roomId}`)
    })

    socket.on('message:send', async ({ roomId, text }) => {
      await pg.query(`INSERT INTO messages (room_id, author, body) VALUES (${roomId}, '${user.sub}', '${text}')`) // expect: sql-injection
      io.to(`room:${roomId}`).emit('message:new', { author: user.name, text })
    })

    socket.on('message:history', async ({ roomId, before }, ack) => {
      const { rows } = await pg.query(
        'SELECT author, body, sent_at FROM messages WHERE room_id = $1 AND sent_at < $2 ORDER BY sent_at DESC LIMIT 50', // ok: sql-injection
        [roomId, before || new Date()],
      )
      ack(rows)
    })

    socket.on('message:search', async (data, ack) => {
      const { rows } = await pg.query(`SELECT id, body FROM messages WHERE room_id = ${data.roomId} AND body ILIKE '%${data.q}%'`) // expect: sql-injection
      ack(rows)
    })

    socket.on('bot:command', (line) => {
      if (!user.admin) return
      exec(`./scripts/bot ${line}`, (err, stdout) => socket.emit('bot:reply', err ? 'failed' : stdout)) // expect: command-injection
    })

    socket.on('bot:calc', (expr, ack) => {
      ack(String(eval(expr))) // expect: code-injection
    })

    socket.on('bot:calc:v2', (expr, ack) => {
      if (!/^[\d\s+\-*/().]{1,64}$/.test(String(expr))) return ack('invalid')
      ack(String(Function(`"use strict"; return (${expr})`)())) // ok: code-injection
    })

    socket.on('typing', (roomId) => {
      socket.to(`room:${roomId}`).emit('typing', { user: user.name })
    })

    socket.on('disconnect', (reason) => {
      logger.info({ user: user.sub, reason }, 'chat socket closed')
    })
  })

  return io
}
