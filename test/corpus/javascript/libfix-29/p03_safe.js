// corpus: path=src/git.js
const { execFile } = require('child_process')
const { promisify } = require('util')

const run = promisify(execFile)

async function cloneRepo(url, dest, { branch = 'main' } = {}) {
  const { stdout } = await run('git', ['clone', '--depth', '1', '--branch', branch, '--', url, dest]) // ok: command-injection
  return stdout.trim()
}

module.exports = { cloneRepo }
