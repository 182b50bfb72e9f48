// corpus: path=src/workers/thumbnail.worker.ts
import { Worker, UnrecoverableError, type Job } from 'bullmq'
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { getSignedUrl } from '@aws-sdk/s3-request-presigner'
import sharp from 'sharp'
import { redis } from '../lib/redis'
import { logger } from '../lib/logger'
import { metrics } from '../lib/metrics'
import { mediaRepository } from '../media'

type ThumbnailJob = { mediaId: string; workspaceId: string; storageKey: string }

const s3 = new S3Client({ region: process.env.AWS_REGION })
const BUCKET = process.env.MEDIA_BUCKET!
const SIZES = [
  { name: 'sm', width: 160 },
  { name: 'md', width: 320 },
  { name: 'lg', width: 960 },
] as const
const MAX_INPUT_PIXELS = 40_000_000

async function readObject(key: string): Promise<Buffer> {
  const res = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))
  if (!res.Body) throw new UnrecoverableError(`object ${key} has no body`)
  const bytes = await res.Body.transformToByteArray()
  return Buffer.from(bytes)
}

async function process(job: Job<ThumbnailJob>) {
  const { mediaId, workspaceId, storageKey } = job.data
  const media = await mediaRepository.findById(workspaceId, mediaId)
  if (!media || media.storageKey !== storageKey) {
    logger.warn({ mediaId, workspaceId }, 'media gone or replaced; skipping thumbnail')
    return { skipped: true }
  }

  const original = await readObject(storageKey)
  const image = sharp(original, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
  const { width = 0, height = 0 } = await image.metadata()
  if (width === 0 || height === 0) throw new UnrecoverableError('not a decodable image')

  const keys: Record<string, string> = {}
  for (const size of SIZES) {
    if (size.width > width && size.name !== 'sm') continue
    const thumb = await image.clone().resize({ width: size.width, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer()
    const thumbKey = `thumbnails/${workspaceId}/${mediaId}-${size.name}.webp`
    await s3.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: thumbKey,
        Body: thumb,
        ContentType: 'image/webp',
        CacheControl: 'public, max-age=31536000, immutable',
      }),
    )
    keys[size.name] = thumbKey
    await job.updateProgress(Object.keys(keys).length / SIZES.length)
  }

  await mediaRepository.setThumbnails(workspaceId, mediaId, keys, { width, height })
  metrics.thumbnailsCreated.inc(Object.keys(keys).length)
  logger.info({ mediaId, sizes: Object.keys(keys) }, 'thumbnails created')
  return { skipped: false, sizes: Object.keys(keys) }
}

export async function thumbnailUrl(workspaceId: string, mediaId: string, size: 'sm' | 'md' | 'lg') {
  const media = await mediaRepository.findById(workspaceId, mediaId)
  const key = media?.thumbnails?.[size] ?? media?.thumbnails?.sm
  if (!key) return null
  return getSignedUrl(s3, new GetObjectCommand({ Bucket: BUCKET, Key: key }), { expiresIn: 300 })
}

export const thumbnailWorker = new Worker<ThumbnailJob>('thumbnails', process, {
  connection: redis,
  concurrency: 4,
  limiter: { max: 50, duration: 1_000 },
})

thumbnailWorker.on('failed', (job, err) => {
  metrics.thumbnailFailures.inc()
  logger.error({ jobId: job?.id, mediaId: job?.data.mediaId, err: err.message }, 'thumbnail job failed')
})
