// corpus: path=scripts/release.js
#!/usr/bin/env node
'use strict'

const { execFileSync, spawn } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')
const crypto = require('node:crypto')
const os = require('node:os')

const ROOT = path.resolve(__dirname, '..')
const DIST = path.join(ROOT, 'dist')

function git(...args) {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim() // ok: command-injection
}

function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    console.log(`$ ${cmd} ${args.join(' ')}`)
    const child = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit', ...opts }) // ok: command-injection
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}`))))
  })
}

function sha384(file) {
  return 'sha384-' + crypto.createHash('sha384').update(fs.readFileSync(file)).digest('base64')
}

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? walk(full) : [full]
  })
}

async function main() {
  const dirty = git('status', '--porcelain')
  if (dirty && !process.argv.includes('--allow-dirty')) {
    console.error('working tree has uncommitted changes; commit or pass --allow-dirty')
    process.exit(1)
  }

  const version = require(path.join(ROOT, 'package.json')).version
  const commit = git('rev-parse', '--short', 'HEAD')
  const branch = git('rev-parse', '--abbrev-ref', 'HEAD')
  console.log(`releasing ${version} (${commit} on ${branch})`)

  fs.rmSync(DIST, { recursive: true, force: true })
  await run('npm', ['run', 'build'], { env: { ...process.env, NODE_ENV: 'production', RELEASE: version } })

  const files = walk(DIST).filter((f) => /\.(js|css)$/.test(f))
  const integrity = Object.fromEntries(files.map((f) => [path.relative(DIST, f), sha384(f)]))
  fs.writeFileSync(path.join(DIST, 'integrity.json'), JSON.stringify({ version, commit, integrity }, null, 2))

  const tarball = path.join(os.tmpdir(), `shop-${version}.tgz`)
  await run('tar', ['-czf', tarball, '-C', DIST, '.'])
  console.log(`packed ${files.length} assets into ${tarball}`)

  if (process.argv.includes('--tag')) {
    git('tag', '-a', `v${version}`, '-m', `Release ${version}`)
    console.log(`tagged v${version}; push with: git push origin v${version}`)
  }
}

main().catch((err) => {
  console.error(err.message)
  process.exit(1)
})
