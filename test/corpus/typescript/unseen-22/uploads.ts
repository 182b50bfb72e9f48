// corpus: path=src/routes/uploads.ts
import type { FastifyInstance } from 'fastify'
import { pipeline } from 'node:stream/promises'
import { createWriteStream, createReadStream } from 'node:fs'
import { stat, unlink } from 'node:fs/promises'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import yaml from 'js-yaml'
import serialize from 'node-serialize'

const UPLOAD_DIR = process.env.UPLOAD_DIR ?? '/data/uploads'

interface ImportQuery {
  folder?: string
  name?: string
}

export default async function uploadRoutes(app: FastifyInstance) {
  app.post('/uploads', async (req, reply) => {
    const data = await req.file()
    if (!data) return reply.code(400).send({ error: 'no file' })
    const id = randomUUID()
    const ext = path.extname(data.filename).toLowerCase().replace(/[^a-z0-9.]/g, '')
    await pipeline(data.file, createWriteStream(path.join(UPLOAD_DIR, `${id}${ext}`)))
    return { id }
  })

  app.post<{ Querystring: ImportQuery }>('/uploads/import', async (req, reply) => {
    const data = await req.file()
    if (!data) return reply.code(400).send({ error: 'no file' })
    const folder = req.query.folder ?? 'inbox'
    await pipeline(data.file, createWriteStream(path.join(UPLOAD_DIR, folder, data.filename))) // expect: path-traversal
    return reply.code(201).send({ stored: data.filename })
  })

  app.get<{ Params: { id: string } }>('/uploads/:id', async (req, reply) => {
    const id = req.params.id
    if (!/^[0-9a-f-]{36}(\.[a-z0-9]{1,8})?$/.test(id)) return reply.code(400).send({ error: 'bad id' })
    const file = path.join(UPLOAD_DIR, id)
    const info = await stat(file).catch(() => null)
    if (!info) return reply.code(404).send({ error: 'not found' })
    return reply.header('content-length', info.size).send(createReadStream(file)) // ok: path-traversal
  })

  app.delete<{ Querystring: ImportQuery }>('/uploads', async (req, reply) => {
    const name = req.query.name ?? ''
    await unlink(path.join(UPLOAD_DIR, name)) // expect: path-traversal
    return reply.code(204).send()
  })

  app.get<{ Querystring: ImportQuery }>('/uploads/done', async (req, reply) => {
    const name = req.query.name ?? 'file'
    return reply.type('text/html').send(`<p>Uploaded <b>${name}</b>. <a href="/uploads">Back</a></p>`) // expect: xss
  })

  app.post('/uploads/manifest', async (req, reply) => {
    const text = typeof req.body === 'string' ? req.body : ''
    const manifest = yaml.load(text, { schema: yaml.JSON_SCHEMA }) as { files?: string[] } // ok: unsafe-deserialization
    return reply.send({ count: manifest?.files?.length ?? 0 })
  })

  app.post('/uploads/restore', async (req, reply) => {
    const raw = (req.headers['x-upload-state'] as string | undefined) ?? ''
    const state = serialize.unserialize(Buffer.from(raw, 'base64').toString('utf8')) // expect: unsafe-deserialization
    return reply.send({ resumed: Boolean(state) })
  })
}
