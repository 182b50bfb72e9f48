import { Worker, type Job } from 'bullmq'
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import sharp from 'sharp'
import { redis } from '../lib/redis'
import { logger } from '../lib/logger'
import { mediaRepository } from '../media'

type ThumbnailJob = { mediaId: string; workspaceId: string; storageKey: string }

const s3 = new S3Client({ region: process.env.AWS_REGION })
const BUCKET = process.env.MEDIA_BUCKET!

async function readObject(key: string): Promise<Buffer> {
  const res = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))
  const bytes = await res.Body!.transformToByteArray()
  return Buffer.from(bytes)
}

async function process(job: Job<ThumbnailJob>) {
  const { mediaId, workspaceId, storageKey } = job.data
  const original = await readObject(storageKey)
  const thumb = await sharp(original).resize(320, 320, { fit: 'inside' }).webp({ quality: 80 }).toBuffer()
  const thumbKey = `thumbnails/${workspaceId}/${mediaId}.webp`
  await s3.send(
    new PutObjectCommand({ Bucket: BUCKET, Key: thumbKey, Body: thumb, ContentType: 'image/webp' }),
  )
  await mediaRepository.setThumbnail(workspaceId, mediaId, thumbKey)
  logger.info({ mediaId }, 'thumbnail created')
}

export const thumbnailWorker = new Worker<ThumbnailJob>('thumbnails', process, {
  connection: redis,
  concurrency: 4,
})
