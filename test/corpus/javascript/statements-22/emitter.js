// corpus: path=lib/emitter.js
'use strict'

class Emitter {
  constructor() {
    this.handlers = new Map()
  }

  on(event, fn) {
    const list = this.handlers.get(event) ?? []
    list.push({ fn, once: false })
    this.handlers.set(event, list)
    return () => this.off(event, fn)
  }

  once(event, fn) {
    const list = this.handlers.get(event) ?? []
    list.push({ fn, once: true })
    this.handlers.set(event, list)
  }

  off(event, fn) {
    const list = this.handlers.get(event)
    if (!list) return
    const at = list.findIndex((h) => h.fn === fn)
    if (at >= 0) list.splice(at, 1) // ok: mutate-while-iterating
  }

  emit(event, ...args) {
    const list = this.handlers.get(event)
    if (!list) return false
    list.forEach((handler, i) => {
      handler.fn(...args)
      if (handler.once) list.splice(i, 1) // expect: mutate-while-iterating
    })
    return true
  }

  emitSafely(event, ...args) {
    const list = this.handlers.get(event)
    if (!list) return false
    for (const handler of [...list]) {
      handler.fn(...args)
      if (handler.once) list.splice(list.indexOf(handler), 1) // ok: mutate-while-iterating
    }
    return true
  }

  removeAll(predicate) {
    for (const [event, list] of this.handlers) {
      if (list.every(predicate)) this.handlers.delete(event) // ok: mutate-while-iterating
    }
  }
}

function drainQueue(queue, worker) {
  for (let i = 0; i < queue.length; i++) {
    if (worker(queue[i])) {
      queue.splice(i, 1) // expect: mutate-while-iterating
    }
  }
}

function drainQueueV2(queue, worker) {
  for (let i = 0; i < queue.length; i++) {
    if (worker(queue[i])) {
      queue.splice(i, 1) // ok: mutate-while-iterating
      i--
    }
  }
}

function drainBackwards(queue, worker) {
  for (let i = queue.length - 1; i >= 0; i--) {
    if (worker(queue[i])) queue.splice(i, 1) // ok: mutate-while-iterating
  }
}

function removeFirst(items, id) {
  for (let i = 0; i < items.length; i++) {
    if (items[i].id === id) {
      items.splice(i, 1) // ok: mutate-while-iterating
      return true
    }
  }
  return false
}

function readConfig(load, fallback) {
  let config = fallback
  try {
    config = load()
  } catch (err) {
    console.error('config unreadable, using defaults', err)
  } finally {
    return config // expect: finally-control-flow
  }
}

function readConfigV2(load, fallback) {
  try {
    return load()
  } catch (err) {
    console.error('config unreadable, using defaults', err)
    return fallback
  } finally {
    console.debug('config read')
  }
}

async function withLock(lock, fn) {
  await lock.acquire()
  try {
    return await fn()
  } finally {
    const released = lock.release()
    if (!released) throw new Error('lock was not held') // expect: finally-control-flow
  }
}

async function withLockV2(lock, fn) {
  await lock.acquire()
  try {
    return await fn()
  } finally {
    lock.release()
  }
}

module.exports = { Emitter, drainQueue, drainQueueV2, drainBackwards, removeFirst, readConfig, readConfigV2, withLock, withLockV2 }
