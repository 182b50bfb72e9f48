// corpus: path=src/services/importer.js changeset=uploads
'use strict'

const axios = require('axios')
const crypto = require('crypto')
const { saveBuffer } = require('./blobs')

const THUMBNAILER = 'https://thumbs.internal.example.com'
const SIZES = new Set(['64', '128', '256'])

async function importFromUrl(ownerId, url) {
  const response = await axios.get(url, { responseType: 'arraybuffer', maxContentLength: 20 * 1024 * 1024 }) // expect: ssrf
  const key = `${ownerId}/${crypto.randomUUID()}`
  await saveBuffer(key, Buffer.from(response.data))
  return { key, size: response.data.byteLength }
}

async function fetchThumbnail(size, id) {
  if (!SIZES.has(size)) throw new Error('unsupported size')
  const response = await axios.get(`${THUMBNAILER}/${size}/${encodeURIComponent(id)}.png`, { responseType: 'arraybuffer' }) // ok: ssrf
  return Buffer.from(response.data)
}

module.exports = { importFromUrl, fetchThumbnail }
