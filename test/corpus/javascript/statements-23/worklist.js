// corpus: path=src/jobs/worklist.js
const logger = require('../logger')

async function processAll(tasks, run) {
  for (const task of tasks) {
    try {
      await run(task)
    } catch (err) {
      logger.warn({ err, task: task.id }, 'task failed, retrying later')
      tasks.push(task) // expect: mutate-while-iterating
    }
  }
}

async function processAllV2(tasks, run) {
  const retry = []
  for (const task of tasks) {
    try {
      await run(task)
    } catch (err) {
      logger.warn({ err, task: task.id }, 'task failed, retrying later')
      retry.push(task) // ok: mutate-while-iterating
    }
  }
  return retry
}

function expireSessions(sessions, now) {
  sessions.forEach((session, index) => {
    if (session.expiresAt < now) sessions.splice(index, 1) // expect: mutate-while-iterating
  })
}

function expireSessionsV2(sessions, now) {
  for (let i = sessions.length - 1; i >= 0; i--) {
    if (sessions[i].expiresAt < now) sessions.splice(i, 1) // ok: mutate-while-iterating
  }
}

function closeAll(sockets) {
  while (sockets.length) {
    const socket = sockets.shift() // ok: mutate-while-iterating
    socket.destroy()
  }
}

function takeBatch(queue, size) {
  const batch = []
  for (let i = 0; i < size && queue.length; i++) {
    batch.push(queue.shift()) // ok: mutate-while-iterating
  }
  return batch
}

function parseWithFallback(text, fallback) {
  let value = fallback
  try {
    value = JSON.parse(text)
  } finally {
    if (value === undefined) return fallback // expect: finally-control-flow
  }
  return value
}

function readAll(stream) {
  return new Promise((resolve, reject) => {
    const chunks = []
    stream.on('data', (c) => chunks.push(c))
    stream.on('end', () => resolve(Buffer.concat(chunks)))
    stream.on('error', reject)
  })
}

module.exports = { processAll, processAllV2, expireSessions, expireSessionsV2, closeAll, takeBatch, parseWithFallback, readAll }
