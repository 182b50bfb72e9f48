// corpus: path=scripts/fetch-backup.js
const fs = require('fs')
const { execFileSync } = require('child_process')

async function main() {
  const url = process.argv[2]
  const res = await fetch(url)
  const archive = '/tmp/nightly-backup.tar.gz'
  fs.writeFileSync(archive, Buffer.from(await res.arrayBuffer())) // expect: insecure-temp-file
  execFileSync('tar', ['-xzf', archive, '-C', process.argv[3]])
}

main()
