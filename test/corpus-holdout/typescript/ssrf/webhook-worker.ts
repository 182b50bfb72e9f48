// corpus: path=src/workers/webhooks.ts
import { Worker, type Job } from 'bullmq'
import axios from 'axios'
import { request as undiciRequest } from 'undici'
import { db } from '../db'
import { signPayload } from '../crypto'

interface Delivery {
  subscriptionId: string
  event: string
  payload: unknown
}

async function deliver(job: Job<Delivery>) {
  const sub = await db.subscription.findUniqueOrThrow({ where: { id: job.data.subscriptionId } })
  const body = JSON.stringify({ event: job.data.event, data: job.data.payload })
  const res = await undiciRequest(sub.targetUrl, { // expect: ssrf
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', 'x-signature': signPayload(body) },
  })
  if (res.statusCode >= 400) throw new Error(`delivery failed with ${res.statusCode}`)
}

async function verifyEndpoint(job: Job<{ url: string }>) {
  await axios.post(job.data.url, { type: 'verification' }, { timeout: 3000 }) // expect: ssrf
}

async function heartbeat() {
  await axios.get('https://hooks.example.com/heartbeat', { timeout: 3000 }) // ok: ssrf
}

export const worker = new Worker(
  'webhooks',
  async (job) => {
    if (job.name === 'deliver') return deliver(job as Job<Delivery>)
    if (job.name === 'verify') return verifyEndpoint(job as Job<{ url: string }>)
    return heartbeat()
  },
  { connection: { url: process.env.REDIS_URL } },
)
