// corpus: path=src/realtime/chat.js
'use strict'

const { Server } = require('socket.io')
const mysql = require('mysql2/promise')
const fs = require('fs')
const path = require('path')
const { execFile, exec } = require('child_process')
const escapeHtml = require('escape-html')
const jwt = require('jsonwebtoken')

const pool = mysql.createPool({ uri: process.env.MYSQL_URL, connectionLimit: 10 })
const ATTACHMENTS = path.resolve(__dirname, '../../data/attachments')

module.exports = function attachChat(httpServer) {
  const io = new Server(httpServer, {
    cors: { origin: process.env.APP_ORIGIN, credentials: true }, // ok: permissive-cors
  })

  io.use((socket, next) => {
    const token = socket.handshake.auth && socket.handshake.auth.token
    try {
      socket.user = jwt.verify(token, process.env.JWT_SECRET)
      next()
    } catch (err) {
      next(new Error('unauthorized'))
    }
  })

  io.on('connection', (socket) => {
    socket.on('room:join', async (roomId, ack) => {
      const [rows] = await pool.query(`SELECT id, name FROM rooms WHERE id = ${roomId} AND org_id = ${socket.user.org}`) // expect: sql-injection
      if (!rows.length) return ack({ error: 'no such room' })
      socket.join(`room:${rows[0].id}`)
      ack({ room: rows[0] })
    })

    socket.on('room:history', async ({ roomId, before }, ack) => {
      const [rows] = await pool.execute('SELECT id, author, body, created_at FROM messages WHERE room_id = ? AND id < ? ORDER BY id DESC LIMIT 50', [roomId, before || Number.MAX_SAFE_INTEGER]) // ok: sql-injection
      ack(rows.reverse())
    })

    socket.on('message:send', async ({ roomId, body }) => {
      if (!socket.rooms.has(`room:${roomId}`)) return
      const [result] = await pool.execute('INSERT INTO messages (room_id, author, body) VALUES (?, ?, ?)', [roomId, socket.user.sub, body])
      io.to(`room:${roomId}`).emit('message:new', { id: result.insertId, author: socket.user.name, body })
    })

    socket.on('message:search', async ({ roomId, term }, ack) => {
      const [rows] = await pool.query('SELECT id, body FROM messages WHERE room_id = ' + pool.escape(roomId) + ' AND body LIKE ' + pool.escape(`%${term}%`)) // ok: sql-injection
      ack(rows)
    })

    socket.on('attachment:get', (name, ack) => {
      fs.readFile(path.join(ATTACHMENTS, name), (err, data) => { // expect: path-traversal
        if (err) return ack({ error: 'not found' })
        ack({ name, data: data.toString('base64') })
      })
    })

    socket.on('attachment:thumb', (name, ack) => {
      const file = path.resolve(ATTACHMENTS, String(name))
      if (!file.startsWith(ATTACHMENTS + path.sep)) return ack({ error: 'bad name' })
      execFile('convert', [file, '-thumbnail', '128x128', 'png:-'], { encoding: 'buffer' }, (err, stdout) => { // ok: command-injection
        if (err) return ack({ error: 'thumbnail failed' })
        ack({ data: stdout.toString('base64') })
      })
    })

    socket.on('attachment:info', (name, ack) => {
      exec(`file --brief --mime-type ${path.join(ATTACHMENTS, name)}`, (err, stdout) => { // expect: command-injection
        ack(err ? { error: 'unknown' } : { type: stdout.trim() })
      })
    })

    socket.on('bot:calc', (expression, ack) => {
      try {
        const value = new Function(`return (${expression})`)() // expect: code-injection
        ack({ value })
      } catch (err) {
        ack({ error: 'could not evaluate' })
      }
    })

    socket.on('bot:roll', (sides, ack) => {
      const n = Math.max(2, Math.min(Number(sides) || 6, 100))
      ack({ value: 1 + Math.floor(Math.random() * n) }) // ok: insecure-random
    })

    socket.on('typing', (roomId) => {
      socket.to(`room:${roomId}`).emit('typing', { user: escapeHtml(socket.user.name) })
    })

    socket.on('disconnect', (reason) => {
      console.log(`socket ${socket.id} closed: ${reason}`)
    })
  })

  return io
}
