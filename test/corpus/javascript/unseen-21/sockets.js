// corpus: path=server/sockets.js
const { Server } = require('socket.io')
const { execFile, exec } = require('child_process')
const { db } = require('./db')

function attach(httpServer) {
  const io = new Server(httpServer, { cors: { origin: process.env.APP_ORIGIN } })

  io.on('connection', (socket) => {
    socket.on('room:join', async (roomId) => {
      const rows = await db.query('SELECT id FROM rooms WHERE id = $1', [roomId]) // ok: sql-injection
      if (rows.length) socket.join(String(roomId))
    })

    socket.on('room:history', async ({ roomId, before }) => {
      const rows = await db.query(`SELECT * FROM messages WHERE room = '${roomId}' AND sent_at < '${before}'`) // expect: sql-injection
      socket.emit('room:history', rows)
    })

    socket.on('diag:ping', (host) => {
      exec(`ping -c 1 ${host}`, (err, out) => socket.emit('diag:result', out)) // expect: command-injection
    })

    socket.on('diag:trace', (host) => {
      execFile('traceroute', ['-m', '10', String(host)], (err, out) => socket.emit('diag:result', out)) // ok: command-injection
    })
  })

  return io
}

module.exports = { attach }
