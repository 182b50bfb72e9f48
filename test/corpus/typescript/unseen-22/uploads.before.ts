import type { FastifyInstance } from 'fastify'
import { pipeline } from 'node:stream/promises'
import { createWriteStream } from 'node:fs'
import path from 'node:path'
import { randomUUID } from 'node:crypto'

const UPLOAD_DIR = process.env.UPLOAD_DIR ?? '/data/uploads'

export default async function uploadRoutes(app: FastifyInstance) {
  app.post('/uploads', async (req, reply) => {
    const data = await req.file()
    if (!data) return reply.code(400).send({ error: 'no file' })
    const id = randomUUID()
    const ext = path.extname(data.filename).toLowerCase().replace(/[^a-z0-9.]/g, '')
    await pipeline(data.file, createWriteStream(path.join(UPLOAD_DIR, `${id}${ext}`)))
    return { id }
  })
}
