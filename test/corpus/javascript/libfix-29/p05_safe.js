// corpus: path=lib/unpack.js
const fs = require('fs')
const path = require('path')
const unzipper = require('unzipper')

async function unpack(zipFile, outDir) {
  const root = path.resolve(outDir)
  const directory = await unzipper.Open.file(zipFile)
  for (const entry of directory.files) {
    if (entry.type === 'Directory') continue
    const target = path.resolve(root, entry.path)
    if (!target.startsWith(root + path.sep)) throw new Error(`entry escapes the output directory: ${entry.path}`)
    await fs.promises.mkdir(path.dirname(target), { recursive: true })
    await new Promise((resolve, reject) => {
      entry.stream().pipe(fs.createWriteStream(target)).on('finish', resolve).on('error', reject) // ok: path-traversal
    })
  }
}

module.exports = { unpack }
