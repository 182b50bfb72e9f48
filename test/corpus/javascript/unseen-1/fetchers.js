// corpus: path=src/integrations/fetchers.js
const got = require('got');
const { request } = require('undici');
const fetch = require('node-fetch');
const axios = require('axios');
const http = require('http');
const express = require('express');

const router = express.Router();
const partnerApi = axios.create({ baseURL: 'https://api.partner.example.com', timeout: 3000 });

router.get('/oembed', async (req, res) => {
  const { body } = await got(req.query.endpoint, { responseType: 'json' }); // expect: ssrf
  res.json(body);
});

router.get('/oembed/youtube', async (req, res) => {
  const body = await got('https://www.youtube.com/oembed', { searchParams: { url: req.query.url, format: 'json' } }).json(); // ok: ssrf
  res.json(body);
});

router.post('/import', async (req, res) => {
  const { statusCode, body } = await request(req.body.sourceUrl, { method: 'GET' }); // expect: ssrf
  res.status(statusCode).send(await body.text());
});

router.post('/webhooks/test', async (req, res) => {
  const { webhookUrl } = req.body;
  const response = await fetch(webhookUrl, { method: 'POST', body: JSON.stringify({ ping: true }) }); // expect: ssrf
  res.json({ status: response.status });
});

router.get('/partner/orders/:id', async (req, res) => {
  const { data } = await partnerApi.get(`/orders/${encodeURIComponent(req.params.id)}`); // ok: ssrf
  res.json(data);
});

router.get('/avatar', (req, res) => {
  http.get(req.query.src, (upstream) => upstream.pipe(res)); // expect: ssrf
});

router.get('/status', async (req, res) => {
  const service = req.query.service;
  const { data } = await axios.get(`http://${service}.internal.svc.cluster.local/health`); // expect: ssrf
  res.json(data);
});

router.get('/rates', async (req, res) => {
  const { data } = await axios({ method: 'get', url: req.query.feed }); // expect: ssrf
  res.json(data);
});

router.get('/rates/fixed', async (req, res) => {
  const { data } = await axios({ method: 'get', url: 'https://rates.example.com/latest', params: { base: req.query.base } }); // ok: ssrf
  res.json(data);
});

module.exports = router;
