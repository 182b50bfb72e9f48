// corpus: path=services/media/server.js
'use strict'

const restify = require('restify')
const path = require('path')
const fs = require('fs')
const { exec, execFile } = require('child_process')
const logger = require('./lib/logger')
const { Media } = require('./models')

const MEDIA_ROOT = process.env.MEDIA_ROOT || '/srv/media'
const SIZES = { small: '160x160', medium: '320x320', large: '640x640' }

const server = restify.createServer({ name: 'media-api' })
server.use(restify.plugins.queryParser())
server.use(restify.plugins.bodyParser({ mapParams: false }))

server.get('/media/:id', async (req, res, next) => {
  const media = await Media.findByPk(Number(req.params.id))
  if (!media) return next(new restify.errors.NotFoundError('no such media'))
  res.send({ id: media.id, name: media.name, size: media.size })
  return next()
})

server.get('/media/:id/raw', async (req, res, next) => {
  const media = await Media.findByPk(Number(req.params.id))
  if (!media) return next(new restify.errors.NotFoundError('no such media'))
  const stream = fs.createReadStream(path.join(MEDIA_ROOT, media.storageKey))
  res.setHeader('Content-Type', media.mimeType)
  if (req.query.download) {
    res.setHeader('Content-Disposition', `attachment; filename="${req.query.download}"`) // expect: header-injection
  }
  stream.pipe(res)
  stream.on('end', () => next(false))
})

server.get('/static/*', (req, res, next) => {
  const file = path.join(MEDIA_ROOT, 'public', req.params['*'])
  fs.readFile(file, (err, data) => { // expect: path-traversal
    if (err) return next(new restify.errors.NotFoundError('not found'))
    res.sendRaw(200, data)
    return next()
  })
})

server.get('/exports/:name', (req, res, next) => {
  const name = path.basename(req.params.name)
  fs.readFile(path.join(MEDIA_ROOT, 'exports', name), (err, data) => { // ok: path-traversal
    if (err) return next(new restify.errors.NotFoundError('not found'))
    res.sendRaw(200, data)
    return next()
  })
})

server.post('/media/:id/thumbnail', async (req, res, next) => {
  const media = await Media.findByPk(Number(req.params.id))
  if (!media) return next(new restify.errors.NotFoundError('no such media'))
  const source = path.join(MEDIA_ROOT, media.storageKey)
  const target = path.join(MEDIA_ROOT, 'thumbs', `${media.id}.jpg`)
  const size = SIZES[req.body.size] || SIZES.medium
  execFile('convert', [source, '-thumbnail', size, target], (err) => { // ok: command-injection
    if (err) {
      logger.error({ err }, 'thumbnail failed')
      return next(new restify.errors.InternalServerError('thumbnail failed'))
    }
    res.send(201, { thumbnail: `/media/${media.id}/thumb` })
    return next()
  })
})

server.post('/media/:id/watermark', async (req, res, next) => {
  const media = await Media.findByPk(Number(req.params.id))
  if (!media) return next(new restify.errors.NotFoundError('no such media'))
  const source = path.join(MEDIA_ROOT, media.storageKey)
  const text = req.body.text || '© example'
  exec(`convert ${source} -gravity southeast -annotate +10+10 "${text}" ${source}`, (err) => { // expect: command-injection
    if (err) {
      res.send(500, { error: err.message, stack: err.stack }) // expect: error-exposure
      return next(false)
    }
    res.send(204)
    return next()
  })
})

server.listen(process.env.PORT || 8080, () => logger.info(`${server.name} listening at ${server.url}`))

module.exports = server
