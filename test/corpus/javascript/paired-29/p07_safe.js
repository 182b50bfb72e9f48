// corpus: path=src/clients/ledger.js
const fs = require('fs')
const https = require('https')
const axios = require('axios')

const agent = new https.Agent({ ca: fs.readFileSync(process.env.LEDGER_CA_FILE) }) // ok: tls-verify-disabled

const ledger = axios.create({ baseURL: process.env.LEDGER_URL, httpsAgent: agent })

async function postEntry(entry) {
  const { data } = await ledger.post('/entries', entry)
  return data
}

module.exports = { postEntry }
