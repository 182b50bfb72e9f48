// corpus: path=src/server/thumbnails.ts
import { exec } from 'node:child_process'
import { promisify } from 'node:util'
import type { FastifyInstance } from 'fastify'

const run = promisify(exec)

export default async function thumbnails(app: FastifyInstance) {
  app.post<{ Body: { file: string; width: number } }>('/thumbnails', async (request) => {
    const { file, width } = request.body
    const out = `/srv/thumbs/${Date.now()}.png`
    await run(`convert /srv/uploads/${file} -resize ${width}x ${out}`) // expect: command-injection
    return { out }
  })
}
