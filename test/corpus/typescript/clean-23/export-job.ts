// corpus: path=src/jobs/export-job.ts
import { spawn } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3'
import { logger } from '../lib/logger'
import { prisma } from '../db'

const s3 = new S3Client({ region: process.env.AWS_REGION ?? 'eu-west-1' })
const BUCKET = process.env.EXPORT_BUCKET ?? 'acme-exports'

export interface ExportJob {
  exportId: string
  accountId: string
  format: 'csv' | 'jsonl'
}

function runPgDump(table: string, outFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('psql', [process.env.DATABASE_URL ?? '', '-c', `\\copy (SELECT * FROM ${table}) TO STDOUT WITH CSV HEADER`], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const out = createWriteStream(outFile)
    child.stdout.pipe(out)
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`psql exited with ${code}`))))
  })
}

export async function runExport(job: ExportJob): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'export-'))
  const file = path.join(dir, `export.${job.format}`)
  try {
    if (job.format === 'csv') {
      await runPgDump('account_events_view', file)
    } else {
      const events = await prisma.accountEvent.findMany({ where: { accountId: job.accountId }, orderBy: { createdAt: 'asc' } })
      const out = createWriteStream(file)
      for (const e of events) out.write(`${JSON.stringify(e)}\n`)
      await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())))
    }
    const { size } = await stat(file)
    const key = `${job.accountId}/${job.exportId}.${job.format}`
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: (await import('node:fs')).createReadStream(file), ContentLength: size }))
    await prisma.export.update({ where: { id: job.exportId }, data: { status: 'ready', objectKey: key, bytes: size } })
    logger.info({ exportId: job.exportId, bytes: size }, 'export ready')
    return key
  } catch (err) {
    await prisma.export.update({ where: { id: job.exportId }, data: { status: 'failed' } })
    throw err
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

export async function streamToFile(source: NodeJS.ReadableStream, name: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'upload-'))
  const target = path.join(dir, path.basename(name))
  await pipeline(source, createWriteStream(target))
  return target
}
