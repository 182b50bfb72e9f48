// corpus: path=src/server/thumbnails.ts
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import type { FastifyInstance } from 'fastify'

const run = promisify(execFile)

export default async function thumbnails(app: FastifyInstance) {
  app.post<{ Body: { file: string; width: number } }>('/thumbnails', async (request) => {
    const { file, width } = request.body
    const out = `/srv/thumbs/${Date.now()}.png`
    await run('convert', [path.join('/srv/uploads', path.basename(file)), '-resize', `${Number(width)}x`, out]) // ok: command-injection
    return { out }
  })
}
