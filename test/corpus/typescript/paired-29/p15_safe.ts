// corpus: path=src/workers/transcode.ts
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import type { SQSEvent } from 'aws-lambda'

const run = promisify(execFile)

export async function handler(event: SQSEvent): Promise<void> {
  for (const record of event.Records) {
    const job = JSON.parse(record.body) as { input: string; output: string }
    await run('ffmpeg', ['-y', '-i', `/mnt/media/${job.input}`, '-vf', 'scale=1280:-2', `/mnt/media/${job.output}`]) // ok: command-injection
  }
}
