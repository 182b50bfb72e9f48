import type { Message, MessageBatch } from '@cloudflare/workers-types'
import { getDb } from '../db/client'
import { markFailed, markProcessed, findUpload } from '../db/uploads'
import { extractMetadata } from '../uploads/metadata'
import { publishStatus } from '../events'

export interface UploadJob {
  uploadId: string
  tenantId: string
}


async function processOne(env: Env, job: UploadJob): Promise<void> {
  const db = getDb(env)
  const upload = await findUpload(db, job.tenantId, job.uploadId)
  if (!upload || upload.status === 'processed') return
  const object = await env.UPLOADS.get(upload.objectKey)
  if (!object) {
    await markFailed(db, upload.id, 'object missing')
    return
  }
  const metadata = await extractMetadata(object)
  await markProcessed(db, upload.id, metadata)
  await publishStatus(env, upload.id, 'processed')
}

export async function consume(batch: MessageBatch<UploadJob>, env: Env): Promise<void> {
  for (const message of batch.messages) {
    await processOne(env, message.body)
  }
}
