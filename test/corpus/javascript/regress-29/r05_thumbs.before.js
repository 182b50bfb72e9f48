const { execFile } = require('child_process')
const { promisify } = require('util')

const run = promisify(execFile)

async function makeThumbnail(req, res) {
  const width = Number.parseInt(req.query.w, 10) || 200
  await run('convert', [req.file.path, '-resize', `${width}x`, `${req.file.path}.thumb.png`])
  res.sendStatus(201)
}

module.exports = { makeThumbnail }
