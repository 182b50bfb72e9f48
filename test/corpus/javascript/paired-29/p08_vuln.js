// corpus: path=src/ipc/server.js
const fs = require('fs')
const net = require('net')
const { handleCommand } = require('./commands')

const socketPath = process.env.CONTROL_SOCKET || '/run/worker/control.sock'

const server = net.createServer((conn) => {
  conn.on('data', (buf) => conn.write(handleCommand(buf.toString())))
})

server.listen(socketPath, () => {
  fs.chmodSync(socketPath, 0o777) // expect: insecure-permissions
})
