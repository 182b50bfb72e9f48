// corpus: path=src/ipc/socket-server.js
const net = require('net')
const fs = require('fs/promises')

const SOCKET = process.env.IPC_SOCKET || '/run/worker/ipc.sock'

async function start(handler) {
  await fs.rm(SOCKET, { force: true })
  const server = net.createServer((conn) => conn.on('data', (buf) => handler(buf, conn)))
  await new Promise((resolve) => server.listen(SOCKET, resolve))
  await fs.chmod(SOCKET, 0o777) // expect: insecure-permissions
  return server
}

async function startV2(handler) {
  await fs.rm(SOCKET, { force: true })
  const server = net.createServer((conn) => conn.on('data', (buf) => handler(buf, conn)))
  await new Promise((resolve) => server.listen(SOCKET, resolve))
  await fs.chmod(SOCKET, 0o660) // ok: insecure-permissions
  return server
}

function relaxUmask() {
  process.umask(0) // expect: insecure-permissions
}

module.exports = { start, startV2, relaxUmask }
