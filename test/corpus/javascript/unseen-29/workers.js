// corpus: path=src/queue/workers.js
import { Worker } from 'bullmq'
import IORedis from 'ioredis'
import path from 'node:path'
import fs from 'node:fs/promises'
import { exec, execFile } from 'node:child_process'
import { promisify } from 'node:util'
import nodemailer from 'nodemailer'
import { logger } from './logger.js'

const run = promisify(execFile)
const sh = promisify(exec)
const connection = new IORedis(process.env.REDIS_URL, { maxRetriesPerRequest: null })
const EXPORT_DIR = process.env.EXPORT_DIR ?? '/srv/exports'

const mailer = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: 587,
  secure: false,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
  tls: { rejectUnauthorized: false }, // expect: tls-verify-disabled
})

export const exportWorker = new Worker('exports', async (job) => {
  const { reportId, format = 'csv', filename } = job.data
  const out = path.join(EXPORT_DIR, filename || `${reportId}.${format}`)
  const { stdout } = await run('report-cli', ['export', '--id', String(reportId), '--format', format])
  await fs.writeFile(out, stdout) // expect: path-traversal
  await sh(`gzip -9 ${out}`) // expect: command-injection
  return { file: path.basename(out) }
}, { connection, concurrency: 2 })

export const cleanupWorker = new Worker('exports-cleanup', async (job) => {
  const name = path.basename(String(job.data.file))
  await fs.rm(path.join(EXPORT_DIR, name), { force: true }) // ok: path-traversal
}, { connection })

export const mailWorker = new Worker('mail', async (job) => {
  const { to, subject, text, attachmentPath } = job.data
  logger.info(`sending mail job=${job.id} to=${to} subject=${subject}`) // expect: log-injection
  await mailer.sendMail({
    from: 'reports@example.com',
    to,
    subject,
    text,
    attachments: attachmentPath ? [{ path: attachmentPath }] : [], // expect: path-traversal
  })
}, { connection })

export const webhookWorker = new Worker('webhooks', async (job) => {
  const { endpoint, payload } = job.data
  const res = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) }) // expect: ssrf
  if (!res.ok) throw new Error(`webhook ${endpoint} answered ${res.status}`)
}, { connection, limiter: { max: 20, duration: 1000 } })

export const pingWorker = new Worker('ping', async () => {
  const res = await fetch(`${process.env.STATUS_URL}/heartbeat`, { method: 'POST' }) // ok: ssrf
  return res.status
}, { connection })

exportWorker.on('failed', (job, err) => logger.error({ jobId: job?.id, err }, 'export failed'))
mailWorker.on('failed', (job, err) => logger.error({ jobId: job?.id, err }, 'mail failed'))
