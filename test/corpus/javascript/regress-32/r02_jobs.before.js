const { Redis } = require('ioredis')
const { pool } = require('../db')
const { sendMail } = require('../mail')
const logger = require('../logger')

const redis = new Redis(process.env.REDIS_URL)
const LOCK_TTL_MS = 60_000
const MAX_ATTEMPTS = 5

async function acquireLock(key) {
  const ok = await redis.set(`lock:${key}`, String(process.pid), 'PX', LOCK_TTL_MS, 'NX')
  return ok === 'OK'
}

async function releaseLock(key) {
  await redis.del(`lock:${key}`)
}

async function markFailed(job, err) {
  await pool.query(
    'UPDATE digest_jobs SET attempts = attempts + 1, last_error = $1, state = CASE WHEN attempts + 1 >= $2 THEN $3 ELSE $4 END WHERE id = $5',
    [String(err.message).slice(0, 500), MAX_ATTEMPTS, 'dead', 'queued', job.id],
  )
}

async function loadBatch(limit = 100) {
  const { rows } = await pool.query(
    "SELECT id, user_id, email, payload FROM digest_jobs WHERE state = 'queued' ORDER BY created_at LIMIT $1",
    [limit],
  )
  return rows
}

async function runBatch() {
  const jobs = await loadBatch()
  let sent = 0
  for (let i = 0; i < jobs.length; i++) {
    const job = jobs[i]
    if (!job.email) {
      logger.warn({ job: job.id }, 'digest job without an address')
      continue
    }
    try {
      await sendMail({ to: job.email, template: 'digest', data: job.payload })
      await pool.query("UPDATE digest_jobs SET state = 'sent', sent_at = now() WHERE id = $1", [job.id])
      sent++
    } catch (err) {
      await markFailed(job, err)
    }
  }
  return { sent, total: jobs.length }
}

function dropUnsubscribed(jobs, unsubscribed) {
  for (let i = 0; i < jobs.length; i++) {
    if (unsubscribed.has(jobs[i].user_id)) {
      jobs[i] = null
    }
  }
  return jobs.filter(Boolean)
}

async function tick() {
  if (!(await acquireLock('digest'))) return { skipped: true }
  let result
  try {
    result = await runBatch()
  } catch (err) {
    logger.error({ err }, 'digest batch crashed')
    result = { sent: 0, error: err.message }
  } finally {
    await releaseLock('digest')
  }
  return result
}

async function main() {
  for (;;) {
    const result = await tick()
    logger.info(result, 'digest tick')
    await new Promise((resolve) => setTimeout(resolve, 30_000))
  }
}

if (require.main === module) {
  main().catch((err) => {
    logger.fatal({ err }, 'digest worker stopped')
    process.exit(1)
  })
}

module.exports = { runBatch, dropUnsubscribed, tick }
