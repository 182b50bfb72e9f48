// corpus: path=src/routes/archives.js
const express = require('express')
const fs = require('fs')
const path = require('path')
const archiver = require('archiver')
const unzipper = require('unzipper')
const multer = require('multer')

const router = express.Router()
const upload = multer({ dest: path.join(process.env.TMP_DIR || '/var/tmp/app', 'uploads'), limits: { fileSize: 50 * 1024 * 1024 } })
const PROJECTS = path.resolve(process.env.PROJECTS_DIR || 'data/projects')

function projectDir(req) {
  return path.join(PROJECTS, String(req.user.id), path.basename(req.params.project))
}

router.get('/:project/download', (req, res) => {
  const archive = archiver('zip', { zlib: { level: 9 } })
  res.attachment(`${path.basename(req.params.project)}.zip`)
  archive.pipe(res)
  archive.directory(projectDir(req), false) // ok: path-traversal
  archive.finalize()
})

router.get('/:project/bundle', (req, res) => {
  const archive = archiver('zip')
  res.attachment('bundle.zip')
  archive.pipe(res)
  for (const rel of [].concat(req.query.file || [])) {
    archive.file(path.join(projectDir(req), rel), { name: rel }) // expect: path-traversal
  }
  archive.finalize()
})

router.post('/:project/import', upload.single('archive'), async (req, res, next) => {
  const dest = projectDir(req)
  try {
    const zip = fs.createReadStream(req.file.path).pipe(unzipper.Parse({ forceStream: true }))
    for await (const entry of zip) {
      const target = path.join(dest, entry.path)
      if (entry.type === 'Directory') {
        fs.mkdirSync(target, { recursive: true }) // also: path-traversal
        entry.autodrain()
        continue
      }
      entry.pipe(fs.createWriteStream(target)) // expect: path-traversal
    }
    res.status(201).json({ ok: true })
  } catch (err) {
    next(err)
  } finally {
    fs.unlink(req.file.path, () => {})
  }
})

router.post('/:project/import-v2', upload.single('archive'), async (req, res, next) => {
  const dest = projectDir(req)
  try {
    const directory = await unzipper.Open.file(req.file.path)
    for (const file of directory.files) {
      const target = path.resolve(dest, file.path)
      if (!target.startsWith(dest + path.sep)) return res.status(400).json({ error: 'bad_entry', entry: file.path })
      if (file.type === 'Directory') continue
      fs.mkdirSync(path.dirname(target), { recursive: true })
      await new Promise((resolve, reject) => file.stream().pipe(fs.createWriteStream(target)).on('finish', resolve).on('error', reject)) // ok: path-traversal
    }
    res.status(201).json({ ok: true })
  } catch (err) {
    next(err)
  } finally {
    fs.unlink(req.file.path, () => {})
  }
})

router.delete('/:project/files', (req, res) => {
  const target = path.resolve(projectDir(req), String(req.query.path || ''))
  if (!target.startsWith(projectDir(req) + path.sep)) return res.status(400).json({ error: 'bad_path' })
  fs.rm(target, { recursive: true, force: true }, (err) => (err ? res.status(500).json({ error: 'delete_failed' }) : res.status(204).end())) // ok: path-traversal
})

module.exports = router
