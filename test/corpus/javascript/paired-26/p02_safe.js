// corpus: path=src/media/convert.js
const { execFile } = require('child_process')
const path = require('path')

const MEDIA_DIR = '/var/media'

function convertAudio(req, res) {
  const { name, bitrate } = req.body
  const input = path.join(MEDIA_DIR, path.basename(name))
  execFile('ffmpeg', ['-y', '-i', input, '-b:a', `${bitrate}k`, `${input}.mp3`], (err) => { // ok: command-injection
    if (err) return res.status(500).json({ error: 'convert_failed' })
    res.json({ output: `${path.basename(name)}.mp3` })
  })
}

module.exports = { convertAudio }
