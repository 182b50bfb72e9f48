// corpus: path=src/plugins/uploads.js
'use strict'

const fp = require('fastify-plugin')
const fs = require('node:fs')
const fsp = require('node:fs/promises')
const path = require('node:path')
const { pipeline } = require('node:stream/promises')
const tar = require('tar-stream')
const zlib = require('node:zlib')

const UPLOAD_DIR = path.resolve(process.env.UPLOAD_DIR || './data/uploads')
const THEMES_DIR = path.resolve('./data/themes')

async function uploads(fastify) {
  await fastify.register(require('@fastify/multipart'), { limits: { fileSize: 20 * 1024 * 1024 } })

  fastify.post('/avatars', async (request, reply) => {
    const part = await request.file()
    const target = path.join(UPLOAD_DIR, 'avatars', part.filename)
    await pipeline(part.file, fs.createWriteStream(target)) // expect: path-traversal
    return reply.code(201).send({ ok: true })
  })

  fastify.post('/documents', async (request, reply) => {
    const part = await request.file()
    const name = `${request.user.id}-${Date.now()}${path.extname(path.basename(part.filename))}`
    await pipeline(part.file, fs.createWriteStream(path.join(UPLOAD_DIR, 'docs', name))) // ok: path-traversal
    return reply.code(201).send({ name })
  })

  fastify.get('/documents/:name', async (request, reply) => {
    const file = path.resolve(UPLOAD_DIR, 'docs', request.params.name)
    if (!file.startsWith(path.join(UPLOAD_DIR, 'docs') + path.sep)) {
      return reply.code(400).send({ error: 'bad_name' })
    }
    return reply.type('application/octet-stream').send(fs.createReadStream(file)) // ok: path-traversal
  })

  fastify.get('/exports/:name', async (request, reply) => {
    const file = path.join(UPLOAD_DIR, 'exports', request.params.name)
    const data = await fsp.readFile(file) // expect: path-traversal
    return reply.type('text/csv').send(data)
  })

  fastify.delete('/documents/:name', async (request, reply) => {
    await fsp.unlink(path.join(UPLOAD_DIR, 'docs', request.query.name)) // expect: path-traversal
    return reply.code(204).send()
  })

  fastify.post('/themes', async (request, reply) => {
    const part = await request.file()
    const extract = tar.extract()
    extract.on('entry', async (header, stream, next) => {
      const dest = path.join(THEMES_DIR, header.name)
      await fsp.mkdir(path.dirname(dest), { recursive: true })
      await pipeline(stream, fs.createWriteStream(dest)) // expect: path-traversal
      next()
    })
    await pipeline(part.file, zlib.createGunzip(), extract)
    return reply.code(201).send({ installed: true })
  })

  fastify.post('/themes/safe', async (request, reply) => {
    const part = await request.file()
    const extract = tar.extract()
    extract.on('entry', async (header, stream, next) => {
      const dest = path.resolve(THEMES_DIR, header.name)
      if (!dest.startsWith(THEMES_DIR + path.sep)) {
        stream.resume()
        return next()
      }
      await fsp.mkdir(path.dirname(dest), { recursive: true })
      await pipeline(stream, fs.createWriteStream(dest)) // ok: path-traversal
      next()
    })
    await pipeline(part.file, zlib.createGunzip(), extract)
    return reply.code(201).send({ installed: true })
  })
}

module.exports = fp(uploads, { name: 'uploads' })
