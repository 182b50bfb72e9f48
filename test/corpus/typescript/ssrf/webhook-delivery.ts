// corpus: path=src/webhooks/delivery.ts
import axios from 'axios';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { FastifyInstance } from 'fastify';

const PRIVATE = [/^10\./, /^127\./, /^169\.254\./, /^172\.(1[6-9]|2\d|3[01])\./, /^192\.168\./, /^::1$/, /^f[cd]/];

async function assertPublic(url: URL): Promise<void> {
  const { address } = isIP(url.hostname) ? { address: url.hostname } : await lookup(url.hostname);
  if (url.protocol !== 'https:' || PRIVATE.some((re) => re.test(address))) {
    throw new Error('webhook target is not a public https URL');
  }
}

export default async function routes(app: FastifyInstance) {
  app.post<{ Body: { url: string } }>('/webhooks/verify', async (request) => {
    const res = await axios.post(request.body.url, { type: 'verification' }, { timeout: 5000 }); // expect: ssrf
    return { status: res.status };
  });

  app.post<{ Body: { url: string } }>('/webhooks/verify-safe', async (request) => {
    const target = new URL(request.body.url);
    await assertPublic(target);
    const res = await axios.post(target.toString(), { type: 'verification' }, { timeout: 5000, maxRedirects: 0 }); // ok: ssrf
    return { status: res.status };
  });

  app.get<{ Querystring: { feed: string } }>('/feeds/preview', async (request) => {
    const response = await fetch(new URL(request.query.feed)); // expect: ssrf
    return { contentType: response.headers.get('content-type') };
  });
}
