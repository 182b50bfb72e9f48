// corpus: path=src/services/fetcher.js
'use strict';

const http = require('http');
const https = require('https');
const fetch = require('node-fetch');
const superagent = require('superagent');
const { URL } = require('url');
const dns = require('dns').promises;
const ipaddr = require('ipaddr.js');

async function assertPublicHost(target) {
  const { hostname, protocol } = new URL(target);
  if (protocol !== 'https:') throw new Error('https only');
  const { address } = await dns.lookup(hostname);
  if (ipaddr.parse(address).range() !== 'unicast') throw new Error('private address');
}

function fetchStatus(req, res) {
  const options = { host: req.query.host, port: 443, path: '/health', method: 'GET' };
  https.request(options, (up) => res.json({ status: up.statusCode })).end(); // expect: ssrf
}

function fetchInternalStatus(req, res) {
  const options = { host: 'status.internal', port: 80, path: `/health/${encodeURIComponent(req.query.svc)}`, method: 'GET' };
  http.request(options, (up) => res.json({ status: up.statusCode })).end(); // ok: ssrf
}

async function importAvatar(req, res) {
  const response = await fetch(req.body.avatarUrl); // expect: ssrf
  const buffer = await response.buffer();
  res.json({ size: buffer.length });
}

async function importAvatarChecked(req, res) {
  await assertPublicHost(req.body.avatarUrl);
  const response = await fetch(req.body.avatarUrl); // ok: ssrf
  const buffer = await response.buffer();
  res.json({ size: buffer.length });
}

async function pingWebhook(req, res) {
  const hook = req.body.webhook;
  const result = await superagent.post(hook).send({ event: 'test' }); // expect: ssrf
  res.json({ status: result.status });
}

function download(req, res) {
  https.get(`https://${req.params.mirror}.mirrors.example.org/pkg/${req.params.name}`, (up) => up.pipe(res)); // expect: ssrf
}

module.exports = { fetchStatus, fetchInternalStatus, importAvatar, importAvatarChecked, pingWebhook, download };
