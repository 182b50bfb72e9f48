// corpus: path=scripts/release.js
#!/usr/bin/env node
'use strict'

const { execFileSync, spawnSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')
const readline = require('node:readline/promises')

const ROOT = path.resolve(__dirname, '..')
const PKG_PATH = path.join(ROOT, 'package.json')
const CHANGELOG = path.join(ROOT, 'CHANGELOG.md')
const BUMPS = ['patch', 'minor', 'major']

function git(...args) {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim() // ok: command-injection
}

function npm(args, opts = {}) {
  const result = spawnSync('npm', args, { cwd: ROOT, stdio: 'inherit', ...opts }) // ok: command-injection
  if (result.status !== 0) {
    throw new Error(`npm ${args.join(' ')} exited with ${result.status}`)
  }
}

function bumpVersion(version, kind) {
  const [major, minor, patch] = version.split('.').map((part) => Number.parseInt(part, 10))
  if (kind === 'major') return `${major + 1}.0.0`
  if (kind === 'minor') return `${major}.${minor + 1}.0`
  return `${major}.${minor}.${patch + 1}`
}

function unreleasedNotes() {
  const text = fs.readFileSync(CHANGELOG, 'utf8')
  const match = text.match(/## Unreleased\n([\s\S]*?)(?=\n## )/)
  return match ? match[1].trim() : ''
}

function writeChangelog(version) {
  const today = new Date().toISOString().slice(0, 10)
  const text = fs.readFileSync(CHANGELOG, 'utf8')
  const updated = text.replace('## Unreleased\n', `## Unreleased\n\n## ${version} - ${today}\n`)
  fs.writeFileSync(CHANGELOG, updated)
}

async function confirm(question) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout })
  try {
    const answer = await rl.question(`${question} [y/N] `)
    return answer.trim().toLowerCase() === 'y'
  } finally {
    rl.close()
  }
}

async function main() {
  const kind = process.argv[2] || 'patch'
  if (!BUMPS.includes(kind)) {
    console.error(`usage: node scripts/release.js [${BUMPS.join('|')}]`)
    process.exit(2)
  }
  if (git('status', '--porcelain')) {
    console.error('working tree is not clean')
    process.exit(1)
  }
  const branch = git('rev-parse', '--abbrev-ref', 'HEAD')
  if (branch !== 'main') {
    console.error(`releases are cut from main, not ${branch}`)
    process.exit(1)
  }

  const pkg = JSON.parse(fs.readFileSync(PKG_PATH, 'utf8'))
  const next = bumpVersion(pkg.version, kind)
  const notes = unreleasedNotes()
  console.log(`\n${pkg.name} ${pkg.version} -> ${next}\n\n${notes || '(no changelog entries)'}\n`)
  if (!(await confirm('Tag and publish?'))) return

  npm(['test'])
  npm(['run', 'build'])
  pkg.version = next
  fs.writeFileSync(PKG_PATH, JSON.stringify(pkg, null, 2) + '\n')
  writeChangelog(next)
  git('add', 'package.json', 'CHANGELOG.md')
  git('commit', '-m', `release: v${next}`)
  git('tag', '-a', `v${next}`, '-m', notes || `v${next}`)
  git('push', '--follow-tags', 'origin', 'main')
  npm(['publish', '--access', 'public'], { env: { ...process.env, NPM_CONFIG_PROVENANCE: 'true' } })
  console.log(`released v${next}`)
}

main().catch((err) => {
  console.error(err.message)
  process.exit(1)
})
