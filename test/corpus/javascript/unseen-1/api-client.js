// corpus: path=src/clients/api-client.js
const axios = require('axios');
const WebSocket = require('ws');

const LEDGER_URL = process.env.LEDGER_URL || 'http://ledger.payments-internal.example.com'; // expect: cleartext-http
const METRICS_URL = process.env.METRICS_URL || 'http://localhost:9091'; // ok: cleartext-http

class LedgerClient {
  constructor(token) {
    this.http = axios.create({ baseURL: LEDGER_URL, headers: { authorization: `Bearer ${token}` } });
  }

  async post(entry) {
    const { data } = await this.http.post('/entries', entry);
    return data;
  }
}

function openPriceFeed(apiKey) {
  return new WebSocket(`ws://prices.example-exchange.com/stream?key=${apiKey}`); // expect: cleartext-http
}

function openPriceFeedSecure(apiKey) {
  return new WebSocket(`wss://prices.example-exchange.com/stream?key=${apiKey}`); // ok: cleartext-http
}

async function sendLogin(username, password) {
  return axios.post('http://auth.example-legacy.com/api/login', { username, password }); // expect: cleartext-http
}

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'; // ok: cleartext-http

module.exports = { LedgerClient, openPriceFeed, openPriceFeedSecure, sendLogin, SITEMAP_NS, METRICS_URL };
