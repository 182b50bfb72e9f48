// corpus: path=src/services/image-proxy.js changeset=shop
'use strict'

const axios = require('axios')

const BRAND_IMAGES = {
  acme: 'https://cdn.example.com/brands/acme.png',
  globex: 'https://cdn.example.com/brands/globex.png',
}

class ImageProxy {
  constructor({ timeout }) {
    this.timeout = timeout
  }

  async fetch(src) {
    const response = await axios.get(src, { responseType: 'arraybuffer', timeout: this.timeout }) // expect: ssrf
    return { contentType: response.headers['content-type'], body: response.data }
  }

  async fetchBrand(brand) {
    const url = BRAND_IMAGES[brand]
    if (!url) throw Object.assign(new Error('unknown brand'), { status: 404 })
    const response = await axios.get(url, { responseType: 'arraybuffer', timeout: this.timeout }) // ok: ssrf
    return { contentType: response.headers['content-type'], body: response.data }
  }
}

module.exports = ImageProxy
