// corpus: path=server/realtime/gateway.js
'use strict'

// Socket.IO gateway for the shared whiteboard. Any browser that loads the board page opens a
// socket; the handshake middleware only attaches the session's user. Every payload a client
// emits is built by client-side code the user controls, so event arguments are untrusted.

const { Server } = require('socket.io')
const { createAdapter } = require('@socket.io/redis-adapter')
const { createClient } = require('redis')
const fs = require('node:fs')
const path = require('node:path')
const _ = require('lodash')
const crypto = require('node:crypto')
const sessionStore = require('../sessions')

const SNAPSHOT_DIR = path.resolve(__dirname, '../../data/snapshots')
const BOARD_ID = /^[a-z0-9]{8,32}$/

function attach(httpServer) {
  const pub = createClient({ url: process.env.REDIS_URL })
  const sub = pub.duplicate()
  const io = new Server(httpServer, { cors: { origin: process.env.APP_ORIGIN, credentials: true } })
  io.adapter(createAdapter(pub, sub))

  io.use(async (socket, next) => {
    const sid = socket.handshake.auth && socket.handshake.auth.sid
    const session = sid ? await sessionStore.get(String(sid)) : null
    if (!session) return next(new Error('unauthorised'))
    socket.data.user = session.user
    next()
  })

  io.on('connection', (socket) => {
    const boards = new Map()

    socket.on('board:join', (boardId, ack) => {
      socket.join(`board:${boardId}`)
      boards.set(boardId, { shapes: {}, settings: {} })
      ack({ ok: true })
    })

    socket.on('board:settings', (boardId, patch) => {
      const board = boards.get(boardId)
      if (!board) return
      _.merge(board.settings, patch) // expect: prototype-pollution
      socket.to(`board:${boardId}`).emit('board:settings', board.settings)
    })

    socket.on('board:settings:v2', (boardId, patch) => {
      const board = boards.get(boardId)
      if (!board) return
      const allowed = _.pick(patch, ['grid', 'snap', 'background'])
      Object.assign(board.settings, allowed) // ok: prototype-pollution
      socket.to(`board:${boardId}`).emit('board:settings', board.settings)
    })

    socket.on('shape:set', ({ boardId, shapeId, prop, value }) => {
      const board = boards.get(boardId)
      if (!board) return
      board.shapes[shapeId] = board.shapes[shapeId] || {}
      board.shapes[shapeId][prop] = value // expect: prototype-pollution
      socket.to(`board:${boardId}`).emit('shape:set', { shapeId, prop, value })
    })

    socket.on('shape:set:v2', ({ boardId, shapeId, prop, value }) => {
      const board = boards.get(boardId)
      if (!board || !['x', 'y', 'w', 'h', 'fill', 'text'].includes(prop)) return
      const shape = board.shapes.get ? board.shapes.get(shapeId) : null
      if (shape) shape[prop] = value // ok: prototype-pollution
    })

    socket.on('board:snapshot', async (boardId, ack) => {
      const board = boards.get(boardId)
      if (!board) return ack({ ok: false })
      const file = path.join(SNAPSHOT_DIR, `${boardId}.json`)
      await fs.promises.writeFile(file, JSON.stringify(board)) // expect: path-traversal
      ack({ ok: true })
    })

    socket.on('board:restore', async (boardId, ack) => {
      if (!BOARD_ID.test(String(boardId))) return ack({ ok: false })
      const file = path.join(SNAPSHOT_DIR, `${boardId}.json`)
      const raw = await fs.promises.readFile(file, 'utf8') // ok: path-traversal
      boards.set(boardId, JSON.parse(raw))
      ack({ ok: true })
    })

    socket.on('board:script', (boardId, source) => {
      // "Smart shapes" run a formula the author typed into the shape inspector.
      const board = boards.get(boardId)
      if (!board) return
      const formula = new Function('shape', 'board', `return (${source})`) // expect: code-injection
      socket.emit('board:script:result', formula(null, board))
    })

    socket.on('board:invite', (boardId, ack) => {
      const token = crypto.randomBytes(24).toString('base64url')
      ack({ url: `${process.env.APP_ORIGIN}/b/${encodeURIComponent(String(boardId))}?invite=${token}` })
    })

    socket.on('disconnect', () => boards.clear())
  })

  return io
}

module.exports = { attach }
