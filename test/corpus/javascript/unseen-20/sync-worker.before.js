'use strict'

const https = require('node:https')
const axios = require('axios')
const { spawn } = require('node:child_process')
const { parentPort, workerData } = require('node:worker_threads')

const API = process.env.PARTNER_API || 'https://partner.example.com'

async function fetchBatch(cursor) {
  const { data } = await axios.get(`${API}/v2/orders`, { params: { cursor } })
  return data
}

function runHook(name, payload) {
  return new Promise((resolve, reject) => {
    const child = spawn('./hooks/' + 'on-sync.sh', [name], { stdio: ['pipe', 'inherit', 'inherit'] })
    child.stdin.end(JSON.stringify(payload))
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`hook exited ${code}`))))
  })
}

async function main() {
  let cursor = workerData.cursor
  do {
    const batch = await fetchBatch(cursor)
    await runHook('batch', batch.items)
    cursor = batch.next
  } while (cursor)
  parentPort.postMessage({ done: true })
}

main().catch((err) => {
  parentPort.postMessage({ error: String(err) })
})
