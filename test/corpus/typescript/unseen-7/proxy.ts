// corpus: path=src/server/proxy.ts
import Koa from 'koa';
import Router from '@koa/router';
import got from 'got';
import needle from 'needle';
import { request as undiciRequest } from 'undici';
import axios from 'axios';

const router = new Router({ prefix: '/proxy' });
const IMAGE_CDN = 'https://images.example-cdn.com';
const ALLOWED_FEEDS = new Set(['https://status.example.com/feed.json', 'https://blog.example.com/feed.json']);

router.get('/image', async (ctx: Koa.Context) => {
  const src = String(ctx.query.src ?? '');
  const upstream = await got(src, { responseType: 'buffer', timeout: { request: 5000 } }); // expect: ssrf
  ctx.type = upstream.headers['content-type'] ?? 'application/octet-stream';
  ctx.body = upstream.body;
});

router.get('/cdn-image', async (ctx: Koa.Context) => {
  const path = String(ctx.query.path ?? '').replace(/[^a-z0-9/_.-]/gi, '');
  const upstream = await got(`${IMAGE_CDN}/${path}`, { responseType: 'buffer' }); // ok: ssrf
  ctx.body = upstream.body;
});

router.get('/feed', async (ctx: Koa.Context) => {
  const feedUrl = String(ctx.query.feed ?? '');
  const res = await needle('get', feedUrl, { json: true }); // expect: ssrf
  ctx.body = res.body;
});

router.get('/feed-known', async (ctx: Koa.Context) => {
  const feedUrl = String(ctx.query.feed ?? '');
  if (!ALLOWED_FEEDS.has(feedUrl)) ctx.throw(400, 'unknown feed');
  const res = await needle('get', feedUrl, { json: true }); // ok: ssrf
  ctx.body = res.body;
});

router.post('/relay', async (ctx: Koa.Context) => {
  const { host, path } = ctx.request.body as { host: string; path: string };
  const { body } = await undiciRequest(`https://${host}/${path}`, { method: 'GET' }); // expect: ssrf
  ctx.body = await body.json();
});

router.get('/geo/:ip', async (ctx: Koa.Context) => {
  const ip = ctx.params.ip;
  const res = await axios.get(`https://ipapi.example.com/json/${encodeURIComponent(ip)}`); // ok: ssrf
  ctx.body = res.data;
});

router.post('/callback', async (ctx: Koa.Context) => {
  const { callbackUrl, result } = ctx.request.body as { callbackUrl: string; result: unknown };
  await axios.post(callbackUrl, { result }); // expect: ssrf
  ctx.status = 202;
});

export default router;
