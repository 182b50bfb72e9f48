// corpus: path=src/services/geocoder.js
class Geocoder {
  constructor(apiKey) {
    this.apiKey = apiKey
    this.baseUrl = 'https://geo.mapsource-partner.com/v3' // ok: cleartext-http
  }

  async lookup(address) {
    const url = `${this.baseUrl}/geocode?key=${this.apiKey}&q=${encodeURIComponent(address)}`
    const res = await fetch(url)
    if (!res.ok) throw new Error(`geocoder answered ${res.status}`)
    const body = await res.json()
    return body.results[0]?.location
  }
}

module.exports = { Geocoder }
