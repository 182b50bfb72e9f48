// corpus: path=src/worker.ts
import { Hono } from 'hono';

interface Env {
  ORIGIN: string;
  ASSETS: Fetcher;
  CACHE: KVNamespace;
  DEBUG?: string;
}

const STATIC_PREFIXES = ['/_next/', '/static/', '/favicon.ico'];

async function proxy(request: Request, env: Env): Promise<Response> {
  const url = new URL(request.url);
  const upstream = new URL(url.pathname + url.search, env.ORIGIN);
  return fetch(new Request(upstream, request)); // expect: ssrf
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
    if (STATIC_PREFIXES.some((p) => url.pathname.startsWith(p))) return env.ASSETS.fetch(request);

    if (url.pathname === '/_img') {
      const src = url.searchParams.get('src');
      if (!src) return new Response('missing src', { status: 400 });
      const key = `img:${src}`;
      const hit = await env.CACHE.get(key, 'arrayBuffer');
      if (hit) return new Response(hit, { headers: { 'content-type': 'image/webp' } });
      const res = await fetch(src, { cf: { image: { width: 640, format: 'webp' } } }); // expect: ssrf
      ctx.waitUntil(res.clone().arrayBuffer().then((b) => env.CACHE.put(key, b, { expirationTtl: 86400 })));
      return res;
    }

    if (url.pathname === '/_rewrite') {
      const dest = url.searchParams.get('path') ?? '/';
      return fetch(new URL(dest, env.ORIGIN), { headers: request.headers }); // expect: ssrf
    }

    if (url.pathname === '/_back') {
      return Response.redirect(url.searchParams.get('to') ?? url.origin, 302); // expect: open-redirect
    }

    if (url.pathname === '/_hello') {
      const name = url.searchParams.get('name') ?? 'world';
      return new Response(`<p>Hello, ${name}</p>`, { headers: { 'content-type': 'text/html; charset=utf-8' } }); // expect: xss
    }

    if (url.pathname === '/_status') {
      return Response.json({ ok: true, origin: env.ORIGIN, debug: env.DEBUG === '1' });
    }

    return proxy(request, env);
  },
};

export const admin = new Hono<{ Bindings: Env }>().get('/admin/purge', async (c) => {
  const prefix = c.req.query('prefix') ?? 'img:';
  const list = await c.env.CACHE.list({ prefix });
  await Promise.all(list.keys.map((k) => c.env.CACHE.delete(k.name)));
  return c.json({ purged: list.keys.length });
});
