// corpus: path=src/integrations/ledger.js
const https = require('https')
const axios = require('axios')

const agent = new https.Agent({ rejectUnauthorized: false }) // expect: tls-verify-disabled

async function postEntry(entry) {
  const { data } = await axios.post('https://ledger.internal.example.com/entries', entry, { httpsAgent: agent })
  return data
}

module.exports = { postEntry }
