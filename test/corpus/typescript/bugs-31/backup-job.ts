// corpus: path=src/jobs/backup.ts
import { promises as fsp, openSync, writeSync, closeSync, readFileSync, createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import path from 'node:path'
import { createGzip } from 'node:zlib'
import { pipeline } from 'node:stream/promises'

import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3'

const s3 = new S3Client({})
const BUCKET = process.env.BACKUP_BUCKET ?? 'backups'
const STATE_FILE = '/var/lib/backup/state.json'

interface BackupState {
  lastRun: string
  files: Record<string, string>
}

export async function recordRun(state: BackupState): Promise<void> {
  const fh = await open(STATE_FILE, 'r')
  try {
    await fh.writeFile(JSON.stringify(state, null, 2)) // expect: readonly-file-write
  } finally {
    await fh.close()
  }
}

export async function recordRunV2(state: BackupState): Promise<void> {
  const tmp = `${STATE_FILE}.tmp`
  await fsp.writeFile(tmp, JSON.stringify(state, null, 2)) // ok: readonly-file-write
  await fsp.rename(tmp, STATE_FILE)
}

export function markInProgress(dir: string): number {
  const marker = path.join(dir, '.in-progress')
  const fd = openSync(marker, 'r')
  writeSync(fd, new Date().toISOString()) // expect: readonly-file-write
  return fd
}

export function markInProgressV2(dir: string): string {
  const marker = path.join(dir, '.in-progress')
  const fd = openSync(marker, 'w')
  writeSync(fd, new Date().toISOString()) // ok: readonly-file-write
  closeSync(fd)
  return marker
}

export async function uploadFile(file: string, key: string): Promise<string> {
  const gz = `${file}.gz`
  await pipeline(createReadStream(file), createGzip(), (await fsp.open(gz, 'w')).createWriteStream())
  try {
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: readFileSync(gz) })) // expect: blocking-in-async
    return key
  } finally {
    await fsp.rm(gz, { force: true })
    return key // expect: finally-control-flow
  }
}

export async function uploadFileV2(file: string, key: string): Promise<string> {
  const gz = `${file}.gz`
  await pipeline(createReadStream(file), createGzip(), (await fsp.open(gz, 'w')).createWriteStream())
  try {
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: createReadStream(gz) }))
  } finally {
    await fsp.rm(gz, { force: true })
  }
  return key
}

export async function runBackup(files: string[]): Promise<string[]> {
  const uploaded: string[] = []
  for (const file of files) {
    try {
      uploaded.push(await uploadFile(file, `${path.basename(file)}-${Date.now()}.gz`))
    } catch (err) {
      console.error(`backup of ${file} failed`, err)
    } finally {
      if (uploaded.length === 0) break // expect: finally-control-flow
    }
  }
  return uploaded
}
