// corpus: path=scripts/build-cache.js
'use strict'
const fs = require('fs')
const path = require('path')
const os = require('os')

const CACHE = path.join(os.homedir(), '.cache', 'shop-build')

function ensureCache() {
  fs.mkdirSync(CACHE, { recursive: true, mode: 0o755 }) // ok: insecure-permissions
  return CACHE
}

function publishArtifacts(outDir, files) {
  fs.mkdirSync(outDir, { recursive: true })
  for (const file of files) {
    const dest = path.join(outDir, path.basename(file))
    fs.copyFileSync(file, dest)
    fs.chmodSync(dest, 0o777) // expect: insecure-permissions
  }
}

function publishArtifactsV2(outDir, files) {
  fs.mkdirSync(outDir, { recursive: true })
  for (const file of files) {
    const dest = path.join(outDir, path.basename(file))
    fs.copyFileSync(file, dest)
    fs.chmodSync(dest, 0o644) // ok: insecure-permissions
  }
}

function makeExecutable(file) {
  fs.chmodSync(file, 0o755) // ok: insecure-permissions
}

function openSharedLog(file) {
  const fd = fs.openSync(file, 'a')
  fs.fchmodSync(fd, '666') // expect: insecure-permissions
  return fd
}

module.exports = { ensureCache, publishArtifacts, publishArtifactsV2, makeExecutable, openSharedLog }
