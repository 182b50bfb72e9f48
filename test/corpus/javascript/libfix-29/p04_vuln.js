// corpus: path=lib/serve-dir.js
const fs = require('fs')
const path = require('path')

module.exports = function serveDir(root) {
  const base = path.resolve(root)
  return function (req, res, next) {
    const pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname)
    const file = path.join(base, pathname)
    if (!file.startsWith(base)) return res.status(403).end()
    fs.stat(file, (err, stat) => { // also: path-traversal
      if (err || !stat.isFile()) return next()
      fs.createReadStream(file).pipe(res) // expect: path-traversal
    })
  }
}
