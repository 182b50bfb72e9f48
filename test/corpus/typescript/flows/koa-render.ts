// corpus: path=src/server/render.ts
import Koa from 'koa';
import Router from '@koa/router';
import escapeHtml from 'escape-html';

const app = new Koa();
const router = new Router();

router.get('/greet', (ctx) => {
  const who = ctx.query.who as string;
  const greeting = `Welcome back, ${who}`;
  ctx.type = 'html';
  ctx.body = `<main><h1>${greeting}</h1></main>`; // expect: xss
});

router.get('/greet-safe', (ctx) => {
  const who = escapeHtml(String(ctx.query.who ?? ''));
  ctx.type = 'html';
  ctx.body = `<main><h1>Welcome back, ${who}</h1></main>`; // ok: xss
});

router.get('/continue', (ctx) => {
  const { to } = ctx.query as Record<string, string>;
  ctx.redirect(to); // expect: open-redirect
});

router.get('/continue-safe', (ctx) => {
  const to = String(ctx.query.to ?? '');
  ctx.redirect(to.startsWith('/') && !to.startsWith('//') ? to : '/'); // ok: open-redirect
});

router.get('/search.json', (ctx) => {
  ctx.body = { query: ctx.query.q, results: [] }; // ok: xss
});

app.use(router.routes());
export default app;
