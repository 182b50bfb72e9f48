// corpus: path=src/services/avatar-fetch.ts
import got from 'got'
import type { FastifyReply, FastifyRequest } from 'fastify'

const GRAVATAR = 'https://www.gravatar.com/avatar/'

export async function importAvatar(request: FastifyRequest<{ Body: { emailHash: string } }>, reply: FastifyReply) {
  const hash = request.body.emailHash
  if (!/^[a-f0-9]{32}$/.test(hash)) return reply.code(400).send({ error: 'bad hash' })
  const image = await got(`${GRAVATAR}${hash}?s=256`, { timeout: { request: 5000 } }).buffer() // ok: ssrf
  await saveAvatar(request.user.id, image)
  return reply.code(204).send()
}
