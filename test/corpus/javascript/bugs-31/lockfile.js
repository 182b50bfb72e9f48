// corpus: path=src/cli/lockfile.js
const fs = require('fs')
const fsp = require('fs/promises')
const path = require('path')

const LOCK_NAME = '.deploy.lock'

function acquireLock(dir) {
  const lockPath = path.join(dir, LOCK_NAME)
  const fd = fs.openSync(lockPath, 'r')
  fs.writeSync(fd, `${process.pid}\n`) // expect: readonly-file-write
  return { fd, lockPath }
}

function acquireLockV2(dir) {
  const lockPath = path.join(dir, LOCK_NAME)
  const fd = fs.openSync(lockPath, 'wx')
  fs.writeSync(fd, `${process.pid}\n`) // ok: readonly-file-write
  return { fd, lockPath }
}

function releaseLock(lock) {
  try {
    fs.closeSync(lock.fd)
    fs.unlinkSync(lock.lockPath)
  } finally {
    if (!fs.existsSync(lock.lockPath)) return // expect: finally-control-flow
    process.emitWarning(`stale lock left at ${lock.lockPath}`)
  }
}

function releaseLockV2(lock) {
  try {
    fs.closeSync(lock.fd)
    fs.unlinkSync(lock.lockPath)
  } finally {
    if (fs.existsSync(lock.lockPath)) process.emitWarning(`stale lock left at ${lock.lockPath}`)
  }
}

async function bumpVersionFile(dir, version) {
  const handle = await fsp.open(path.join(dir, 'VERSION'))
  try {
    await handle.truncate(0) // expect: readonly-file-write
    await handle.write(`${version}\n`, 0) // also: readonly-file-write
  } finally {
    await handle.close()
  }
}

async function bumpVersionFileV2(dir, version) {
  const handle = await fsp.open(path.join(dir, 'VERSION'), 'r+')
  try {
    await handle.truncate(0) // ok: readonly-file-write
    await handle.write(`${version}\n`, 0)
  } finally {
    await handle.close()
  }
}

function patchHeader(file, banner) {
  const fd = fs.openSync(file)
  try {
    const current = fs.readFileSync(fd, 'utf8')
    fs.writeSync(fd, `${banner}\n${current}`, 0) // expect: readonly-file-write
  } finally {
    fs.closeSync(fd)
  }
}

function patchHeaderV2(file, banner) {
  const current = fs.readFileSync(file, 'utf8')
  fs.writeFileSync(file, `${banner}\n${current}`) // ok: readonly-file-write
}

function copyAll(files, dest) {
  let copied = 0
  for (const file of files) {
    const src = fs.openSync(file, 'r')
    const out = fs.openSync(path.join(dest, path.basename(file)), 'w')
    try {
      const buf = fs.readFileSync(src)
      fs.writeSync(out, buf) // ok: readonly-file-write
      copied++
    } finally {
      fs.closeSync(src)
      fs.closeSync(out)
      if (copied > 1000) break // expect: finally-control-flow
    }
  }
  return copied
}

function* readChunks(file, size = 64 * 1024) {
  const fd = fs.openSync(file, 'r')
  const buf = Buffer.alloc(size)
  try {
    let n
    while ((n = fs.readSync(fd, buf, 0, size, null)) > 0) yield buf.subarray(0, n)
  } finally {
    fs.closeSync(fd)
    return // expect: finally-control-flow
  }
}

function* readChunksV2(file, size = 64 * 1024) {
  const fd = fs.openSync(file, 'r')
  const buf = Buffer.alloc(size)
  try {
    let n
    while ((n = fs.readSync(fd, buf, 0, size, null)) > 0) yield buf.subarray(0, n)
  } finally {
    fs.closeSync(fd)
  }
}

module.exports = { acquireLock, acquireLockV2, releaseLock, releaseLockV2, bumpVersionFile, bumpVersionFileV2, patchHeader, patchHeaderV2, copyAll, readChunks, readChunksV2 }
