// corpus: path=server/routes/uploads.js
const Router = require('@koa/router');
const vm = require('node:vm');
const { execFile } = require('node:child_process');
const { promisify } = require('node:util');
const { Upload } = require('../models');

const execFileP = promisify(execFile);
const router = new Router({ prefix: '/uploads' });

router.get('/:id', async (ctx) => {
  const upload = await Upload.findByPk(ctx.params.id);
  ctx.assert(upload, 404);
  ctx.body = upload.toJSON();
});

router.post('/:id/transform', async (ctx) => {
  const { expression } = ctx.request.body;
  const upload = await Upload.findByPk(ctx.params.id);
  const rows = JSON.parse(upload.contents);
  const out = rows.map((row) => vm.runInNewContext(expression, { row })); // expect: code-injection
  ctx.body = { out };
});

router.post('/:id/convert', async (ctx) => {
  const { format } = ctx.request.body;
  if (!['png', 'jpg', 'webp'].includes(format)) ctx.throw(400, 'unsupported format');
  const upload = await Upload.findByPk(ctx.params.id);
  await execFileP('convert', [upload.path, `${upload.path}.${format}`]); // ok: command-injection
  ctx.body = { ok: true };
});

router.post('/:id/scan', async (ctx) => {
  const upload = await Upload.findByPk(ctx.params.id);
  const { engine } = ctx.request.body;
  const { stdout } = await execFileP('sh', ['-c', `clamscan --engine=${engine} ${upload.path}`]); // expect: command-injection
  ctx.body = { result: stdout };
});

router.get('/:id/done', async (ctx) => {
  const dest = ctx.query.return_to || '/uploads';
  ctx.redirect(dest); // expect: open-redirect
});

router.get('/:id/back', async (ctx) => {
  ctx.redirect(ctx.get('referer') && ctx.get('referer').startsWith(`${ctx.origin}/`) ? ctx.get('referer') : '/uploads'); // ok: open-redirect
});

module.exports = router;
