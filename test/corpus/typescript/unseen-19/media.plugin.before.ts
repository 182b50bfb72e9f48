import type { FastifyInstance, FastifyPluginAsync } from 'fastify'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import axios from 'axios'
import sharp from 'sharp'
import { nanoid } from 'nanoid'

const MEDIA_ROOT = process.env.MEDIA_ROOT ?? '/srv/media'
const MAX_BYTES = 10 * 1024 * 1024

interface ImportBody {
  url: string
  folder?: string
}

export const mediaPlugin: FastifyPluginAsync = async (app: FastifyInstance) => {
  app.get<{ Params: { id: string } }>('/media/:id', async (request, reply) => {
    const file = path.join(MEDIA_ROOT, `${request.params.id.replace(/[^a-z0-9]/gi, '')}.webp`)
    const info = await stat(file).catch(() => null)
    if (!info) return reply.code(404).send({ error: 'not found' })
    reply.header('content-length', info.size)
    return reply.type('image/webp').send(createReadStream(file))
  })

  app.post<{ Body: ImportBody }>('/media/import', async (request, reply) => {
    const { url, folder } = request.body
    const id = nanoid()
    const dir = path.join(MEDIA_ROOT, 'imports')
    const response = await axios.get(url, {
      responseType: 'stream',
      maxContentLength: MAX_BYTES,
      timeout: 10_000,
    })
    await pipeline(response.data, sharp().webp(), (await import('node:fs')).createWriteStream(path.join(dir, `${id}.webp`)))
    return reply.code(201).send({ id })
  })
}
