// corpus: path=src/integrations/clients.js
const axios = require('axios');
const { Client } = require('@elastic/elasticsearch');

const settings = {
  loyaltyApi: { baseURL: 'http://loyalty.rewards-partner.com/api', timeout: 5000 }, // expect: cleartext-http
  catalogApi: { baseURL: 'https://catalog.example.com/api', timeout: 5000 }, // ok: cleartext-http
  search: { node: process.env.ES_URL || 'http://localhost:9200' }, // ok: cleartext-http
};

const loyalty = axios.create(settings.loyaltyApi);
const catalog = axios.create(settings.catalogApi);
const search = new Client(settings.search);

async function pointsFor(customerId) {
  const { data } = await loyalty.get(`/customers/${encodeURIComponent(customerId)}/points`);
  return data.points;
}

async function product(sku) {
  const { data } = await catalog.get(`/products/${encodeURIComponent(sku)}`);
  return data;
}

async function searchProducts(q) {
  const result = await search.search({ index: 'products', query: { match: { title: q } } });
  return result.hits.hits.map((h) => h._source);
}

async function reportFraud(event) {
  await axios.post('http://fraud-signals.vendor-risk.com/v1/report', event, { // expect: cleartext-http
    headers: { 'X-Api-Key': process.env.FRAUD_API_KEY },
  });
}

function soapEnvelope(body) {
  return `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>${body}</soap:Body></soap:Envelope>`;
}

module.exports = { pointsFor, product, searchProducts, reportFraud, soapEnvelope };
