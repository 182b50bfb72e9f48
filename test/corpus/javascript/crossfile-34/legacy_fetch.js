// corpus: path=src/lib/http-fetch.js changeset=legacy
'use strict'

const got = require('got')

const USER_AGENT = 'shop-backend/2.4 (+https://shop.example.com/bot)'

async function fetchJson(url) {
  const response = await got(url, { timeout: { request: 5000 }, responseType: 'json' })
  return response.body
}

async function fetchStatus(url) {
  const response = await got.head(url, { timeout: { request: 3000 }, throwHttpErrors: false, headers: { 'user-agent': USER_AGENT } })
  return response.statusCode
}

module.exports = { fetchJson, fetchStatus }
