'use strict'

const restify = require('restify')
const path = require('path')
const fs = require('fs')
const { execFile } = require('child_process')
const logger = require('./lib/logger')
const { Media } = require('./models')

const MEDIA_ROOT = process.env.MEDIA_ROOT || '/srv/media'

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
  stream.pipe(res)
  stream.on('end', () => next(false))
})

server.post('/media/:id/thumbnail', async (req, res, next) => {
  const media = await Media.findByPk(Number(req.params.id))
  if (!media) return next(new restify.errors.NotFoundError('no such media'))
  const source = path.join(MEDIA_ROOT, media.storageKey)
  const target = path.join(MEDIA_ROOT, 'thumbs', `${media.id}.jpg`)
  execFile('convert', [source, '-thumbnail', '320x320', target], (err) => {
    if (err) {
      logger.error({ err }, 'thumbnail failed')
      return next(new restify.errors.InternalServerError('thumbnail failed'))
    }
    res.send(201, { thumbnail: `/media/${media.id}/thumb` })
    return next()
  })
})

server.listen(process.env.PORT || 8080, () => logger.info(`${server.name} listening at ${server.url}`))

module.exports = server
