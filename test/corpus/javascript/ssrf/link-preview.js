// corpus: path=server/preview.js
const express = require('express');
const axios = require('axios');
const got = require('got');
const dns = require('dns').promises;
const ipaddr = require('ipaddr.js');

const router = express.Router();
const OEMBED = 'https://noembed.com/embed';

async function isPublicHost(hostname) {
  const { address } = await dns.lookup(hostname);
  return ipaddr.parse(address).range() === 'unicast';
}

router.get('/preview', async (req, res) => {
  const { data } = await axios.get(req.query.url, { timeout: 5000 }); // expect: ssrf
  res.json({ length: data.length });
});

router.get('/preview-safe', async (req, res) => {
  const target = new URL(req.query.url);
  if (target.protocol !== 'https:' || !(await isPublicHost(target.hostname))) {
    return res.status(400).json({ error: 'url not allowed' });
  }
  const { data } = await axios.get(target.toString(), { timeout: 5000, maxRedirects: 0 }); // ok: ssrf
  res.json({ length: data.length });
});

router.get('/oembed', async (req, res) => {
  const { data } = await axios.get(OEMBED, { params: { url: req.query.url } }); // ok: ssrf
  res.json(data);
});

router.post('/webhooks/test', async (req, res) => {
  const endpoint = req.body.endpoint;
  const response = await fetch(endpoint, { method: 'POST', body: JSON.stringify({ ping: true }) }); // expect: ssrf
  res.json({ status: response.status });
});

router.get('/avatar', async (req, res) => {
  const image = await got(req.query.src).buffer(); // expect: ssrf
  res.type('image/png').send(image);
});

module.exports = router;
