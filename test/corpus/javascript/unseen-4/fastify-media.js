// corpus: path=src/media.js
'use strict';

const fastify = require('fastify')({ logger: true });
const got = require('got');
const { request } = require('undici');
const fs = require('node:fs');
const path = require('node:path');
const { pipeline } = require('node:stream/promises');

const MEDIA_ROOT = path.resolve(process.env.MEDIA_ROOT || './media');
const ALLOWED_HOSTS = new Set(['images.example-cdn.com', 'uploads.example.com']);

fastify.get('/media/:name', async (request_, reply) => {
  const file = path.join(MEDIA_ROOT, request_.params.name);
  return reply.send(fs.createReadStream(file)); // expect: path-traversal
});

fastify.get('/media/safe/:name', async (req, reply) => {
  const file = path.join(MEDIA_ROOT, path.basename(req.params.name));
  return reply.send(fs.createReadStream(file)); // ok: path-traversal
});

fastify.get('/media/checked/:name', async (req, reply) => {
  const file = path.resolve(MEDIA_ROOT, req.params.name);
  if (!file.startsWith(MEDIA_ROOT + path.sep)) return reply.code(400).send({ error: 'bad path' });
  return reply.type('application/octet-stream').send(await fs.promises.readFile(file)); // ok: path-traversal
});

fastify.delete('/media', async (req, reply) => {
  await fs.promises.unlink(`${MEDIA_ROOT}/${req.query.file}`); // expect: path-traversal
  return reply.code(204).send();
});

fastify.post('/media/import', async (req, reply) => {
  const { url } = req.body;
  const { body } = await request(url); // expect: ssrf
  await pipeline(body, fs.createWriteStream(path.join(MEDIA_ROOT, 'imported.bin')));
  return { ok: true };
});

fastify.post('/media/import/v2', async (req, reply) => {
  const target = new URL(req.body.url);
  if (target.protocol !== 'https:' || !ALLOWED_HOSTS.has(target.hostname)) {
    return reply.code(400).send({ error: 'host not allowed' });
  }
  const data = await got(target).buffer(); // ok: ssrf
  return { size: data.length };
});

fastify.get('/media/thumbnail', async (req) => {
  const image = await got.get(req.query.src, { responseType: 'buffer' }); // expect: ssrf
  return { bytes: image.body.length };
});

fastify.get('/media/oembed', async (req) => {
  const res = await got('https://noembed.com/embed', { searchParams: { url: req.query.url } }).json(); // ok: ssrf
  return res;
});

fastify.get('/status', async () => {
  const res = await request('http://status.example-vendor.com/api/v2/status.json'); // expect: cleartext-http
  return res.body.json();
});

fastify.get('/status/local', async () => {
  const res = await request('http://127.0.0.1:9000/health'); // ok: cleartext-http
  return res.body.json();
});

fastify.setErrorHandler((error, req, reply) => {
  req.log.error({ err: error }, 'request failed');
  reply.status(500).send({ message: error.message, stack: error.stack }); // expect: debug-mode
});

module.exports = fastify;
