const fastify = require('fastify')({ logger: true });
const fs = require('fs');
const path = require('path');
const { pipeline } = require('stream/promises');

const UPLOAD_ROOT = '/var/app/uploads';

fastify.register(require('@fastify/multipart'));

fastify.post('/uploads/:folder', async (request, reply) => {
  const { folder } = request.params;
  const data = await request.file();
  const target = path.join(UPLOAD_ROOT, 'incoming', data.filename.replace(/[^\w.-]/g, '_'));
  await pipeline(data.file, fs.createWriteStream(target));
  return { stored: path.basename(target) };
});

fastify.get('/uploads/:folder/list', async (request, reply) => {
  const { folder } = request.params;
  const entries = await fs.promises.readdir(path.join(UPLOAD_ROOT, 'incoming'));
  return { entries };
});

fastify.get('/status', async () => ({ ok: true }));

fastify.listen({ port: 3000 });
