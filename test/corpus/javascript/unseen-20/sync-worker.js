// corpus: path=scripts/sync-worker.js
'use strict'

const https = require('node:https')
const axios = require('axios')
const OpenAI = require('openai')
const { spawn } = require('node:child_process')
const { parentPort, workerData } = require('node:worker_threads')

const API = process.env.PARTNER_API || 'https://partner.example.com'
const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY })
const insecureAgent = new https.Agent({ rejectUnauthorized: false }) // expect: tls-verify-disabled
const pinnedAgent = new https.Agent({ keepAlive: true, ca: process.env.PARTNER_CA }) // ok: tls-verify-disabled

async function fetchBatch(cursor) {
  const { data } = await axios.get(`${API}/v2/orders`, { params: { cursor }, httpsAgent: workerData.staging ? insecureAgent : pinnedAgent })
  return data
}

function runHook(name, payload) {
  return new Promise((resolve, reject) => {
    const child = spawn('./hooks/' + 'on-sync.sh', [name], { stdio: ['pipe', 'inherit', 'inherit'] })
    child.stdin.end(JSON.stringify(payload))
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`hook exited ${code}`))))
  })
}

function runCustomerHook(order) {
  return new Promise((resolve, reject) => {
    const child = spawn(`./hooks/customer.sh ${order.customerRef}`, { shell: true }) // expect: command-injection
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`hook exited ${code}`))))
  })
}

async function summarise(order) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: `You summarise orders. Customer note: ${order.note}` }, // expect: prompt-injection
      { role: 'user', content: `Summarise order ${order.id}` },
    ],
  })
  return completion.choices[0].message.content
}

async function classify(order) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: 'Classify the customer note as praise, complaint or question. Reply with one word.' },
      { role: 'user', content: order.note }, // ok: prompt-injection
    ],
  })
  return completion.choices[0].message.content.trim()
}

async function main() {
  let cursor = workerData.cursor
  do {
    const batch = await fetchBatch(cursor)
    await runHook('batch', batch.items)
    for (const order of batch.items) {
      order.summary = await summarise(order)
      order.kind = await classify(order)
      if (order.customerRef) await runCustomerHook(order)
    }
    cursor = batch.next
  } while (cursor)
  parentPort.postMessage({ done: true })
}

main().catch((err) => {
  parentPort.postMessage({ error: String(err) })
})
