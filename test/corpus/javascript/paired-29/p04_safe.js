// corpus: path=scripts/fetch-backup.js
const fs = require('fs')
const os = require('os')
const path = require('path')
const { execFileSync } = require('child_process')

async function main() {
  const url = process.argv[2]
  const res = await fetch(url)
  const workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-'))
  const archive = path.join(workdir, 'nightly-backup.tar.gz')
  fs.writeFileSync(archive, Buffer.from(await res.arrayBuffer())) // ok: insecure-temp-file
  execFileSync('tar', ['-xzf', archive, '-C', process.argv[3]])
}

main()
