// corpus: path=lib/unpack.js
const fs = require('fs')
const path = require('path')
const unzipper = require('unzipper')

async function unpack(zipFile, outDir) {
  const directory = await unzipper.Open.file(zipFile)
  for (const entry of directory.files) {
    if (entry.type === 'Directory') continue
    const target = path.join(outDir, entry.path)
    await fs.promises.mkdir(path.dirname(target), { recursive: true })
    await new Promise((resolve, reject) => {
      entry.stream().pipe(fs.createWriteStream(target)).on('finish', resolve).on('error', reject) // expect: path-traversal
    })
  }
}

module.exports = { unpack }
