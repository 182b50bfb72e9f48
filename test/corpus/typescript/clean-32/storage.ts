// corpus: path=src/lib/storage.ts
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { getSignedUrl } from '@aws-sdk/s3-request-presigner'
import { createHash, randomUUID } from 'node:crypto'
import path from 'node:path'
import { env } from '@/env'
import { logger } from '@/lib/logger'

const s3 = new S3Client({
  region: env.S3_REGION,
  endpoint: env.S3_ENDPOINT,
  forcePathStyle: Boolean(env.S3_ENDPOINT),
})

const EXTENSIONS: Record<string, string> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/gif': '.gif',
  'application/pdf': '.pdf',
  'text/plain': '.txt',
}

export type UploadTarget = { key: string; url: string; expiresIn: number }

function contentDisposition(filename: string) {
  const fallback = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(filename)}`
}

export function attachmentKey(projectId: string, contentType: string) {
  const ext = EXTENSIONS[contentType]
  if (!ext) throw new Error(`unsupported content type ${contentType}`)
  return `projects/${projectId}/attachments/${randomUUID()}${ext}`
}

export async function presignUpload(projectId: string, contentType: string, size: number): Promise<UploadTarget> {
  const key = attachmentKey(projectId, contentType)
  const command = new PutObjectCommand({
    Bucket: env.S3_BUCKET,
    Key: key,
    ContentType: contentType,
    ContentLength: size,
    ServerSideEncryption: 'AES256',
  })
  const url = await getSignedUrl(s3, command, { expiresIn: 300 })
  logger.debug({ projectId, key, size }, 'presigned upload')
  return { key, url, expiresIn: 300 }
}

export async function presignDownload(key: string, originalName: string) {
  const command = new GetObjectCommand({
    Bucket: env.S3_BUCKET,
    Key: key,
    ResponseContentDisposition: contentDisposition(path.basename(originalName)), // ok: header-injection
  })
  return getSignedUrl(s3, command, { expiresIn: 60 })
}

export async function deleteObject(key: string) {
  await s3.send(new DeleteObjectCommand({ Bucket: env.S3_BUCKET, Key: key }))
  logger.info({ key }, 'object deleted')
}

export async function putAvatar(userId: string, body: Buffer, contentType: 'image/png' | 'image/jpeg') {
  const digest = createHash('md5').update(body).digest('base64') // ok: weak-hash
  const key = `avatars/${userId}/${createHash('sha256').update(body).digest('hex').slice(0, 16)}${EXTENSIONS[contentType]}`
  await s3.send(
    new PutObjectCommand({
      Bucket: env.S3_BUCKET,
      Key: key,
      Body: body,
      ContentType: contentType,
      ContentMD5: digest,
      CacheControl: 'public, max-age=31536000, immutable',
    }),
  )
  return key
}

export function publicUrl(key: string) {
  const base = env.S3_ENDPOINT ? `${env.S3_ENDPOINT}/${env.S3_BUCKET}` : `https://${env.S3_BUCKET}.s3.${env.S3_REGION}.amazonaws.com`
  return `${base}/${key.split('/').map(encodeURIComponent).join('/')}`
}
