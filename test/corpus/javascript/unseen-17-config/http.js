// corpus: path=src/clients/http.js
const axios = require('axios');
const https = require('https');

const DEFAULT_TIMEOUT = 8000;

const billing = axios.create({
  baseURL: 'http://billing.tallypay.com/api', // expect: cleartext-http
  timeout: DEFAULT_TIMEOUT,
  headers: { 'X-Service-Name': 'tally-web' },
});

const search = axios.create({
  baseURL: process.env.SEARCH_URL || 'http://localhost:9200', // ok: cleartext-http
  timeout: DEFAULT_TIMEOUT,
});

const ledger = axios.create({
  baseURL: 'https://ledger.tallypay.com/v2',
  timeout: DEFAULT_TIMEOUT,
  httpsAgent: new https.Agent({ keepAlive: true }),
  headers: { Authorization: `Bearer ${process.env.LEDGER_TOKEN}` },
});

const currency = axios.create({
  baseURL: 'https://openexchangerates.org/api',
  params: { app_id: 'b3d9f1a7c5e2048d6f1a9c3e7b5d2f80' }, // expect: hardcoded-secret
});

async function invoicesFor(accountId) {
  const { data } = await billing.get(`/accounts/${encodeURIComponent(accountId)}/invoices`);
  return data.items;
}

async function rates(base = 'USD') {
  const { data } = await currency.get('/latest.json', { params: { base } });
  return data.rates;
}

async function postEntry(entry) {
  const { data } = await ledger.post('/entries', entry);
  return data;
}

async function searchProducts(q) {
  const { data } = await search.post('/products/_search', { query: { match: { name: q } } });
  return data.hits.hits.map((h) => h._source);
}

module.exports = { invoicesFor, rates, postEntry, searchProducts };
