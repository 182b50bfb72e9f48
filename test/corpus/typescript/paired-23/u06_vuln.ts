// corpus: path=src/services/avatar-fetch.ts
import got from 'got'
import type { FastifyReply, FastifyRequest } from 'fastify'

export async function importAvatar(request: FastifyRequest<{ Body: { imageUrl: string } }>, reply: FastifyReply) {
  const image = await got(request.body.imageUrl, { timeout: { request: 5000 } }).buffer() // expect: ssrf
  await saveAvatar(request.user.id, image)
  return reply.code(204).send()
}
