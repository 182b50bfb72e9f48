// corpus: path=src/routes/files.js
'use strict'

const fs = require('node:fs')
const fsp = require('node:fs/promises')
const path = require('node:path')
const { exec, execFile } = require('node:child_process')
const got = require('got')

const STORAGE_ROOT = path.resolve(process.env.STORAGE_ROOT || '/srv/storage')
const THUMBNAILER = process.env.THUMBNAILER_URL || 'http://thumbs.internal:8080'

async function filesRoutes(fastify) {
  fastify.get('/files/:name', async (request, reply) => {
    const filePath = path.join(STORAGE_ROOT, request.params.name)
    return reply.send(fs.createReadStream(filePath)) // expect: path-traversal
  })

  fastify.get('/files/:name/meta', async (request, reply) => {
    const name = path.basename(request.params.name)
    const stat = await fsp.stat(path.join(STORAGE_ROOT, name)) // ok: path-traversal
    return { name, size: stat.size, modified: stat.mtime }
  })

  fastify.delete('/files', async (request, reply) => {
    const { folder } = request.body
    const target = path.resolve(STORAGE_ROOT, folder)
    if (!target.startsWith(STORAGE_ROOT + path.sep)) {
      return reply.code(400).send({ error: 'bad folder' })
    }
    await fsp.rm(target, { recursive: true, force: true }) // ok: path-traversal
    return reply.code(204).send()
  })

  fastify.post('/files/archive', async (request, reply) => {
    const { folder, format } = request.body
    await new Promise((resolve, reject) => {
      exec(`tar -czf /tmp/export.${format} -C ${STORAGE_ROOT} ${folder}`, (err) => (err ? reject(err) : resolve())) // expect: command-injection
    })
    return reply.send(fs.createReadStream(`/tmp/export.${format}`)) // expect: path-traversal
  })

  fastify.post('/files/convert', async (request, reply) => {
    const { name, width } = request.body
    const safeName = path.basename(name)
    const size = Number.parseInt(width, 10) || 320
    await new Promise((resolve, reject) => {
      execFile('convert', [path.join(STORAGE_ROOT, safeName), '-resize', `${size}x`, '/tmp/out.png'], (err) => // ok: command-injection
        err ? reject(err) : resolve(),
      )
    })
    return { ok: true }
  })

  fastify.post('/files/import', async (request, reply) => {
    const { sourceUrl } = request.body
    const body = await got(sourceUrl).buffer() // expect: ssrf
    const name = `${Date.now()}.bin`
    await fsp.writeFile(path.join(STORAGE_ROOT, name), body)
    return { name }
  })

  fastify.get('/files/:name/thumb', async (request, reply) => {
    const name = encodeURIComponent(path.basename(request.params.name))
    const thumb = await got(`${THUMBNAILER}/thumb?file=${name}`).buffer() // ok: ssrf
    return reply.type('image/png').send(thumb)
  })

  fastify.get('/download', async (request, reply) => {
    const { next } = request.query
    return reply.redirect(next) // expect: open-redirect
  })

  fastify.get('/download/done', async (request, reply) => {
    const next = request.query.next || '/'
    if (!next.startsWith('/') || next.startsWith('//')) {
      return reply.redirect('/')
    }
    return reply.redirect(next) // ok: open-redirect
  })
}

module.exports = filesRoutes
