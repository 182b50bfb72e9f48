import { Worker } from 'bullmq'
import IORedis from 'ioredis'
import path from 'node:path'
import fs from 'node:fs/promises'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import nodemailer from 'nodemailer'
import { logger } from './logger.js'

const run = promisify(execFile)
const connection = new IORedis(process.env.REDIS_URL, { maxRetriesPerRequest: null })
const EXPORT_DIR = process.env.EXPORT_DIR ?? '/srv/exports'

const mailer = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: 587,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
})

export const exportWorker = new Worker('exports', async (job) => {
  const { reportId } = job.data
  const out = path.join(EXPORT_DIR, `${reportId}.csv`)
  await run('report-cli', ['export', '--id', String(reportId), '--out', out])
  return { file: path.basename(out) }
}, { connection, concurrency: 2 })

export const mailWorker = new Worker('mail', async (job) => {
  const { to, subject, text } = job.data
  await mailer.sendMail({ from: 'reports@example.com', to, subject, text })
}, { connection })

exportWorker.on('failed', (job, err) => logger.error({ jobId: job?.id, err }, 'export failed'))
