// corpus: path=src/clients/ledger.js
const https = require('https')
const fs = require('fs')
const axios = require('axios')

const ledger = axios.create({
  baseURL: process.env.LEDGER_URL,
  httpsAgent: new https.Agent({ ca: fs.readFileSync(process.env.LEDGER_CA_FILE) }), // ok: tls-verify-disabled
  timeout: 10000,
})

async function postEntry(entry) {
  const { data } = await ledger.post('/entries', entry)
  return data
}

module.exports = { postEntry }
