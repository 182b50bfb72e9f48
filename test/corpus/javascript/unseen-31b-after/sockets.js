// corpus: path=server/sockets.js
const { Server } = require('socket.io')
const { spawn } = require('child_process')
const path = require('path')
const fs = require('fs')
const mysql = require('mysql2/promise')

const pool = mysql.createPool(process.env.DATABASE_URL)
const RECORDINGS = path.resolve('/var/recordings')

module.exports = function attach(server) {
  const io = new Server(server)

  io.on('connection', (socket) => {
    socket.on('recording:list', async ({ room }, ack) => {
      const [rows] = await pool.query(`SELECT file, started_at FROM recordings WHERE room = '${room}'`) // expect: sql-injection
      ack(rows)
    })

    socket.on('recording:play', ({ file }, ack) => {
      const full = path.resolve(RECORDINGS, file)
      if (!full.startsWith(RECORDINGS + path.sep)) return ack({ error: 'bad file' })
      fs.readFile(full, (err, data) => ack(err ? { error: 'missing' } : { data: data.toString('base64') })) // ok: path-traversal
    })

    socket.on('recording:download', ({ file }, ack) => {
      fs.readFile(path.join(RECORDINGS, file), (err, data) => ack(err ? { error: 'missing' } : { data: data.toString('base64') })) // expect: path-traversal
    })

    socket.on('recording:transcode', ({ file, bitrate }) => {
      const proc = spawn('ffmpeg', ['-i', path.join(RECORDINGS, path.basename(file)), '-b:a', String(parseInt(bitrate, 10) || 128) + 'k', '/tmp/out.mp3']) // ok: command-injection
      proc.on('close', (code) => socket.emit('recording:transcoded', { ok: code === 0 }))
    })

    socket.on('recording:trim', ({ file, from, to }) => {
      const proc = spawn(`ffmpeg -i ${path.join(RECORDINGS, file)} -ss ${from} -to ${to} /tmp/trim.mp3`, { shell: true }) // expect: command-injection
      proc.on('close', (code) => socket.emit('recording:trimmed', { ok: code === 0 }))
    })
  })

  return io
}
