import Fastify from 'fastify'
import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3'
import sharp from 'sharp'

const s3 = new S3Client({})
const BUCKET = process.env.IMAGES_BUCKET ?? 'images'

export function buildServer() {
  const app = Fastify({ logger: true })

  app.get<{ Params: { key: string }; Querystring: { w?: string } }>('/images/:key', async (req, reply) => {
    const width = Math.min(2000, Number(req.query.w ?? 800))
    const obj = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: `public/${req.params.key}` }))
    const input = Buffer.from(await obj.Body!.transformToByteArray())
    reply.type('image/webp')
    return sharp(input).resize({ width }).webp().toBuffer()
  })

  return app
}
