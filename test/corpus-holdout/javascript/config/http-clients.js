// corpus: path=src/clients/partner.js
const https = require('node:https')
const http = require('node:http')
const fs = require('node:fs')
const axios = require('axios')

const insecureAgent = new https.Agent({ rejectUnauthorized: false }) // expect: tls-verify-disabled
const pinnedAgent = new https.Agent({ ca: fs.readFileSync(process.env.PARTNER_CA_PATH) }) // ok: tls-verify-disabled

const partner = axios.create({
  baseURL: 'https://partner.example.net/api',
  httpsAgent: pinnedAgent,
  timeout: 10000,
})

const legacy = axios.create({ // expect: cleartext-http
  baseURL: 'http://legacy.partner.example.net/api',
  headers: { Authorization: `Bearer ${process.env.LEGACY_TOKEN}` },
})

async function listOrders(since) {
  const { data } = await partner.get('/orders', { params: { since } })
  return data
}

async function listLegacyOrders() {
  const { data } = await legacy.get('/orders')
  return data
}

function pingLocal() {
  return new Promise((resolve) => {
    http.get('http://127.0.0.1:9100/metrics', (res) => resolve(res.statusCode)) // ok: cleartext-http
  })
}

function downloadReport(id) {
  return new Promise((resolve, reject) => {
    https
      .get(`https://reports.example.net/r/${id}`, { agent: insecureAgent }, (res) => resolve(res))
      .on('error', reject)
  })
}

module.exports = { listOrders, listLegacyOrders, pingLocal, downloadReport }
