const { exec } = require('child_process')
const { promisify } = require('util')

const run = promisify(exec)

async function makeThumbnail(req, res) {
  const width = req.query.w || '200'
  await run(`convert ${req.file.path} -resize ${width}x ${req.file.path}.thumb.png`) // expect: command-injection
  res.sendStatus(201)
}

module.exports = { makeThumbnail }
