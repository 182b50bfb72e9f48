// The changeset `cra review` last submitted from each branch, kept inside `.git/` so `cra revise`,
// `cra status`, `cra dismiss` … work without pasting ids. Best effort: never fails a command.
import { readFileSync, writeFileSync } from 'node:fs'
import { gitPath } from './git.mjs'

const FILE = 'cra-changesets.json'

const stateKey = (url, branch) => `${url} ${branch}`

function read(file) {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8'))
    return data && typeof data === 'object' ? data : {}
  } catch {
    return {}
  }
}

/** @returns {string | null} */
export function recallChangeset(cwd, url, branch) {
  if (!branch) return null
  const file = gitPath(FILE, cwd)
  return (file && read(file)[stateKey(url, branch)]) || null
}

export function rememberChangeset(cwd, url, branch, changesetId) {
  if (!branch) return
  const file = gitPath(FILE, cwd)
  if (!file) return
  try {
    writeFileSync(file, `${JSON.stringify({ ...read(file), [stateKey(url, branch)]: changesetId }, null, 2)}\n`)
  } catch {
    // A read-only checkout still reviews; it just cannot remember.
  }
}
