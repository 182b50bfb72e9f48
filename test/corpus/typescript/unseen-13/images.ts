import Fastify from 'fastify'
import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3'
import axios from 'axios'
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

  app.get<{ Querystring: { src: string; w?: string } }>('/images/remote', async (req, reply) => {
    const width = Math.min(2000, Number(req.query.w ?? 800))
    const upstream = await axios.get<ArrayBuffer>(req.query.src, { responseType: 'arraybuffer' }) // expect: ssrf
    reply.type('image/webp')
    return sharp(Buffer.from(upstream.data)).resize({ width }).webp().toBuffer()
  })

  app.get<{ Querystring: { name: string } }>('/images/hello', async (req, reply) => {
    reply.type('text/html')
    return `<p>Hello ${req.query.name}</p>` // expect: xss
  })

  app.get<{ Querystring: { name: string } }>('/images/hello.json', async (req) => {
    return { greeting: `Hello ${req.query.name}` } // ok: xss
  })

  return app
}
