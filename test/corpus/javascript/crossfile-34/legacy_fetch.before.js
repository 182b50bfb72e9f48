'use strict'

const got = require('got')

async function fetchJson(url) {
  const response = await got(url, { timeout: { request: 5000 }, responseType: 'json' })
  return response.body
}

async function fetchStatus(url) {
  const response = await got.head(url, { timeout: { request: 3000 }, throwHttpErrors: false })
  return response.statusCode
}

module.exports = { fetchJson, fetchStatus }
