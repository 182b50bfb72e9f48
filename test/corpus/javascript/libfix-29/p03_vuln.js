// corpus: path=src/git.js
const { exec } = require('child_process')
const { promisify } = require('util')

const run = promisify(exec)

async function cloneRepo(url, dest, { branch = 'main' } = {}) {
  const { stdout } = await run(`git clone --depth 1 --branch ${branch} ${url} ${dest}`) // expect: command-injection
  return stdout.trim()
}

module.exports = { cloneRepo }
