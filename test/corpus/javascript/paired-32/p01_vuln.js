// corpus: path=src/clients/carrier.js
const https = require('https')
const axios = require('axios')

class CarrierClient {
  constructor(baseURL, apiKey) {
    this.http = axios.create({
      baseURL,
      headers: { Authorization: `Bearer ${apiKey}` },
      httpsAgent: new https.Agent({ keepAlive: true, rejectUnauthorized: false }), // expect: tls-verify-disabled
      timeout: 8000,
    })
  }

  async track(trackingNumber) {
    const { data } = await this.http.get(`/v1/shipments/${encodeURIComponent(trackingNumber)}`)
    return data.events
  }
}

module.exports = { CarrierClient }
