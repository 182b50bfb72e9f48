// corpus: path=src/worker.ts
export interface Env {
  ORIGIN: string;
}

const ALLOWED_HOSTS = new Set(['images.example.com', 'static.example.com']);

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/proxy') {
      const target = url.searchParams.get('target') ?? '';
      return fetch(target, { headers: { 'user-agent': 'example-proxy/1.0' } }); // expect: ssrf
    }
    if (url.pathname === '/img') {
      const target = new URL(url.searchParams.get('src') ?? '');
      if (!ALLOWED_HOSTS.has(target.hostname) || target.protocol !== 'https:') {
        return new Response('forbidden', { status: 403 });
      }
      return fetch(target.toString()); // ok: ssrf
    }
    const upstream = new URL(env.ORIGIN);
    upstream.pathname = url.pathname;
    upstream.search = url.search;
    return fetch(upstream, request); // ok: ssrf
  },
};
