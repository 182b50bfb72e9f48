// corpus: path=server/realtime.js
const { Server } = require('socket.io')
const { spawn, execSync } = require('child_process')
const fs = require('fs')
const path = require('path')
const jwt = require('jsonwebtoken')

const LOG_DIR = '/var/log/app'
const SERVICES = ['api', 'worker', 'scheduler']

function attach(httpServer) {
  const io = new Server(httpServer, { cors: { origin: process.env.DASHBOARD_ORIGIN } }) // ok: permissive-cors

  io.use((socket, next) => {
    try {
      socket.data.user = jwt.verify(socket.handshake.auth.token, process.env.JWT_SECRET) // ok: jwt-weak
      next()
    } catch (err) {
      next(new Error('unauthorized'))
    }
  })

  io.on('connection', (socket) => {
    socket.on('tail', (file) => {
      const stream = fs.createReadStream(path.join(LOG_DIR, file), { encoding: 'utf8' }) // expect: path-traversal
      stream.on('data', (chunk) => socket.emit('lines', chunk))
    })

    socket.on('tail-service', (service) => {
      if (!SERVICES.includes(service)) return socket.emit('error', 'unknown service')
      const stream = fs.createReadStream(path.join(LOG_DIR, `${service}.log`), { encoding: 'utf8' }) // ok: path-traversal
      stream.on('data', (chunk) => socket.emit('lines', chunk))
    })

    socket.on('restart', (service) => {
      if (socket.data.user.role !== 'admin') return
      execSync(`systemctl restart ${service}`) // expect: command-injection
      socket.emit('restarted', service)
    })

    socket.on('status', (service) => {
      if (!SERVICES.includes(service)) return
      const child = spawn('systemctl', ['is-active', service]) // ok: command-injection
      let out = ''
      child.stdout.on('data', (d) => { out += d })
      child.on('close', () => socket.emit('status', { service, state: out.trim() }))
    })

    socket.on('disk', () => {
      const usage = execSync('df -h /var/lib/app').toString() // ok: command-injection
      socket.emit('disk', usage)
    })

    socket.on('chat', (msg) => {
      io.emit('chat', { from: socket.data.user.name, text: String(msg).slice(0, 500) })
    })
  })

  return io
}

module.exports = { attach }
