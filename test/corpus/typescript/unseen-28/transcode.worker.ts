// corpus: path=src/jobs/transcode.worker.ts
import { Queue, Worker, type Job } from 'bullmq'
import IORedis from 'ioredis'
import { exec, execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile, rename, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Request, Response } from 'express'

const execAsync = promisify(exec)
const execFileAsync = promisify(execFile)
const connection = new IORedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null })
const MEDIA_ROOT = process.env.MEDIA_ROOT ?? '/srv/media'
const HEIGHT = { '480p': 480, '720p': 720, '1080p': 1080 } as const

type TranscodeJob = {
  sourceUrl: string
  userId: string
  preset: keyof typeof HEIGHT
  title: string
  outputName: string
}

export const transcodeQueue = new Queue<TranscodeJob>('transcode', { connection })

export async function enqueueTranscode(req: Request<{}, unknown, Omit<TranscodeJob, 'userId'>>, res: Response) {
  const job = await transcodeQueue.add('transcode', { ...req.body, userId: req.user!.id }, { attempts: 3, backoff: { type: 'exponential', delay: 5000 } })
  res.status(202).json({ jobId: job.id })
}

async function transcode(job: Job<TranscodeJob>): Promise<{ output: string }> {
  const { sourceUrl, preset, title, outputName, userId } = job.data
  const dir = await mkdtemp(path.join(tmpdir(), 'transcode-'))
  try {
    const input = path.join(dir, 'input')
    const res = await fetch(sourceUrl) // expect: ssrf
    if (!res.ok) throw new Error(`download failed: ${res.status}`)
    await writeFile(input, Buffer.from(await res.arrayBuffer()))
    await job.updateProgress(20)

    const output = path.join(dir, 'out.mp4')
    const height = HEIGHT[preset] ?? 720
    await execFileAsync('ffmpeg', ['-y', '-i', input, '-vf', `scale=-2:${height}`, '-metadata', `title=${title}`, output]) // ok: command-injection
    await job.updateProgress(80)

    await execAsync(`ffmpeg -y -ss 1 -i ${output} -frames:v 1 -metadata title="${title}" ${path.join(dir, 'poster.jpg')}`) // expect: command-injection

    const userDir = path.join(MEDIA_ROOT, userId)
    await mkdir(userDir, { recursive: true })
    const finalPath = path.join(userDir, outputName)
    await rename(output, finalPath) // expect: path-traversal
    await rename(path.join(dir, 'poster.jpg'), path.join(userDir, `${path.basename(outputName, '.mp4')}.jpg`)) // ok: path-traversal
    return { output: finalPath }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

export const worker = new Worker<TranscodeJob>('transcode', transcode, { connection, concurrency: 2 })

worker.on('completed', (job) => {
  void connection.publish(`user:${job.data.userId}:events`, JSON.stringify({ type: 'transcode.done', jobId: job.id }))
})

worker.on('failed', (job, err) => {
  console.error(`transcode job ${job?.id ?? '?'} failed after ${job?.attemptsMade ?? 0} attempts: ${err.message}`)
})
