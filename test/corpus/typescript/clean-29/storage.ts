// corpus: path=src/lib/storage.ts
import { S3Client, PutObjectCommand, GetObjectCommand, DeleteObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3'
import { getSignedUrl } from '@aws-sdk/s3-request-presigner'
import { createHash, randomUUID } from 'node:crypto'
import path from 'node:path'
import { env } from '../env'
import { logger } from './logger'

const ALLOWED_TYPES: Record<string, string> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/webp': '.webp',
  'application/pdf': '.pdf',
  'text/csv': '.csv',
}
const MAX_BYTES = 25 * 1024 * 1024
const URL_TTL_SECONDS = 300

const s3 = new S3Client({
  region: env.AWS_REGION,
  endpoint: env.S3_ENDPOINT,
  forcePathStyle: Boolean(env.S3_ENDPOINT),
})

export interface StoredObject {
  key: string
  contentType: string
  size: number
  sha256: string
}

export function objectKey(workspaceId: string, contentType: string): string {
  const ext = ALLOWED_TYPES[contentType]
  if (!ext) throw new Error(`unsupported content type ${contentType}`)
  const day = new Date().toISOString().slice(0, 10)
  return path.posix.join('workspaces', workspaceId, day, `${randomUUID()}${ext}`) // ok: path-traversal
}

export async function putObject(workspaceId: string, body: Buffer, contentType: string, originalName: string): Promise<StoredObject> {
  if (body.byteLength > MAX_BYTES) throw new Error('file too large')
  const key = objectKey(workspaceId, contentType)
  const sha256 = createHash('sha256').update(body).digest('base64')
  await s3.send(
    new PutObjectCommand({
      Bucket: env.S3_BUCKET,
      Key: key,
      Body: body,
      ContentType: contentType,
      ChecksumSHA256: sha256,
      ContentDisposition: `attachment; filename*=UTF-8''${encodeURIComponent(originalName)}`, // ok: header-injection
      Metadata: { workspace: workspaceId },
    }),
  )
  logger.info({ key, size: body.byteLength, contentType }, 'stored upload')
  return { key, contentType, size: body.byteLength, sha256 }
}

export async function downloadUrl(key: string, workspaceId: string): Promise<string> {
  if (!key.startsWith(`workspaces/${workspaceId}/`)) throw new Error('object does not belong to this workspace')
  return getSignedUrl(s3, new GetObjectCommand({ Bucket: env.S3_BUCKET, Key: key }), { expiresIn: URL_TTL_SECONDS })
}

export async function uploadUrl(workspaceId: string, contentType: string): Promise<{ key: string; url: string }> {
  const key = objectKey(workspaceId, contentType)
  const url = await getSignedUrl(s3, new PutObjectCommand({ Bucket: env.S3_BUCKET, Key: key, ContentType: contentType }), {
    expiresIn: URL_TTL_SECONDS,
  })
  return { key, url }
}

export async function exists(key: string): Promise<boolean> {
  try {
    await s3.send(new HeadObjectCommand({ Bucket: env.S3_BUCKET, Key: key }))
    return true
  } catch (err) {
    if ((err as { name?: string }).name === 'NotFound') return false
    throw err
  }
}

export async function removeObject(key: string, workspaceId: string): Promise<void> {
  if (!key.startsWith(`workspaces/${workspaceId}/`)) throw new Error('object does not belong to this workspace')
  await s3.send(new DeleteObjectCommand({ Bucket: env.S3_BUCKET, Key: key }))
  logger.info({ key }, 'deleted upload')
}
