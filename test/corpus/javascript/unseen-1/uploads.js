// corpus: path=src/uploads/server.js
const fastify = require('fastify')({ logger: true });
const fs = require('fs');
const path = require('path');
const { pipeline } = require('stream/promises');

const UPLOAD_ROOT = '/var/app/uploads';

fastify.register(require('@fastify/multipart'));

fastify.post('/uploads/:folder', async (request, reply) => {
  const { folder } = request.params;
  const data = await request.file();
  const target = path.join(UPLOAD_ROOT, folder, data.filename); // expect: path-traversal
  await pipeline(data.file, fs.createWriteStream(target)); // also: path-traversal
  return { stored: path.basename(target) };
});

fastify.get('/uploads/:folder/list', async (request, reply) => {
  const { folder } = request.params;
  const entries = await fs.promises.readdir(path.join(UPLOAD_ROOT, folder)); // expect: path-traversal
  return { entries };
});

fastify.get('/uploads/:folder/:name', async (request, reply) => {
  const { folder, name } = request.params;
  const safeFolder = path.basename(folder);
  const safeName = path.basename(name);
  return reply.send(fs.createReadStream(path.join(UPLOAD_ROOT, safeFolder, safeName))); // ok: path-traversal
});

fastify.get('/status', async () => ({ ok: true }));

fastify.listen({ port: 3000, host: '0.0.0.0' });
