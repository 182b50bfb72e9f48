// corpus: path=src/jobs/export-worker.js
'use strict'

const { PassThrough } = require('stream')
const { Worker } = require('bullmq')
const { stringify } = require('csv-stringify')
const { Upload } = require('@aws-sdk/lib-storage')
const { S3Client } = require('@aws-sdk/client-s3')
const db = require('../db')
const mail = require('../mail/mailer')
const log = require('../log')
const config = require('../config')

const s3 = new S3Client({ region: config.s3.region })
const COLUMNS = ['number', 'placed_at', 'status', 'total_cents', 'currency']

function safeCell(value) {
  const text = value == null ? '' : String(value)
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

async function exportOrders(job) {
  const { organizationId, requestedBy, since } = job.data
  const key = `exports/${organizationId}/${job.id}.csv`
  const body = new PassThrough()
  const csv = stringify({ header: true, columns: COLUMNS })
  csv.pipe(body)
  const upload = new Upload({ client: s3, params: { Bucket: config.s3.exportsBucket, Key: key, Body: body, ContentType: 'text/csv' } })
  const done = upload.done()

  let rows = 0
  const stream = db('orders').select(COLUMNS).where({ organization_id: organizationId }).andWhere('placed_at', '>=', since).orderBy('placed_at').stream()
  for await (const row of stream) {
    csv.write(COLUMNS.map((c) => safeCell(row[c])))
    rows += 1
    if (rows % 5000 === 0) await job.updateProgress(rows)
  }
  csv.end()
  await done

  await db('exports').where({ job_id: job.id }).update({ status: 'done', rows, object_key: key, finished_at: new Date() })
  const user = await db('users').where({ id: requestedBy }).first()
  await mail.send({ to: user.email, subject: 'Your export is ready', template: 'export-ready', context: { user, rows, link: `${config.publicUrl}/exports/${job.id}` } })
  return { rows }
}

const worker = new Worker('exports', exportOrders, { connection: config.redis, concurrency: 2 })
worker.on('failed', (job, err) => log.error({ jobId: job && job.id, err }, 'export failed'))
worker.on('completed', (job, result) => log.info({ jobId: job.id, rows: result.rows }, 'export finished'))

module.exports = { worker, exportOrders, safeCell }
