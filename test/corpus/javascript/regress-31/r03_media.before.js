const { execFile, exec } = require('child_process')
const path = require('path')
const express = require('express')
const multer = require('multer')

const router = express.Router()
const upload = multer({ dest: path.join(__dirname, '../../tmp/uploads') })
const OUT_DIR = path.join(__dirname, '../../public/media')

function thumbnailArgs(input, output, width) {
  return ['-i', input, '-vf', `scale=${width}:-1`, '-frames:v', '1', output]
}

router.post('/videos', upload.single('video'), (req, res) => {
  const width = req.body.width || '320'
  const title = req.body.title || req.file.originalname
  const output = path.join(OUT_DIR, `${req.file.filename}.jpg`)
  const meta = {
    id: req.file.filename,
    title,
    size: req.file.size,
    uploadedBy: req.user.id,
  }
  req.app.locals.mediaIndex.add(meta)
  execFile('ffmpeg', thumbnailArgs(req.file.path, output, width), (err) => {
    if (err) return res.status(500).json({ error: 'thumbnail failed' })
    res.status(201).json({ id: meta.id, thumbnail: `/media/${req.file.filename}.jpg` })
  })
})

router.post('/videos/:id/poster', (req, res) => {
  const seconds = Number.parseFloat(req.body.at) || 1
  const source = path.join(OUT_DIR, '..', 'videos', path.basename(req.params.id))
  const target = path.join(OUT_DIR, `${path.basename(req.params.id)}-poster.jpg`)
  const args = ['-ss', String(seconds), '-i', source, '-frames:v', '1', target]
  execFile('ffmpeg', args, (err) => {
    if (err) return res.status(500).json({ error: 'poster failed' })
    res.json({ poster: `/media/${path.basename(target)}` })
  })
})

router.get('/videos', (req, res) => {
  const items = [...req.app.locals.mediaIndex.values()]
    .filter((m) => m.uploadedBy === req.user.id)
    .map((m) => ({ id: m.id, title: m.title, thumbnail: `/media/${m.id}.jpg` }))
  res.json({ items })
})

router.delete('/videos/:id', (req, res) => {
  const removed = req.app.locals.mediaIndex.removeOwned(req.params.id, req.user.id)
  if (!removed) return res.sendStatus(404)
  res.sendStatus(204)
})

router.get('/videos/:id', (req, res) => {
  const item = req.app.locals.mediaIndex.get(req.params.id)
  if (!item || item.uploadedBy !== req.user.id) return res.sendStatus(404)
  res.json(item)
})

module.exports = router
