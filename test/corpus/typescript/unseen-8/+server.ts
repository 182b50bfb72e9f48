// corpus: path=src/routes/api/embed/+server.ts
import { error, json, redirect, type RequestHandler } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';

const OEMBED_PROVIDERS: Record<string, string> = {
  youtube: 'https://www.youtube.com/oembed',
  vimeo: 'https://vimeo.com/api/oembed.json',
};

export const GET: RequestHandler = async ({ url, fetch }) => {
  const provider = url.searchParams.get('provider') ?? 'youtube';
  const media = url.searchParams.get('media') ?? '';
  const endpoint = OEMBED_PROVIDERS[provider];
  if (!endpoint) throw error(400, 'unknown provider');
  const res = await fetch(`${endpoint}?format=json&url=${encodeURIComponent(media)}`); // ok: ssrf
  return json(await res.json());
};

export const POST: RequestHandler = async ({ request }) => {
  const { oembedUrl } = await request.json();
  const res = await fetch(oembedUrl, { headers: { accept: 'application/json' } }); // expect: ssrf
  return json(await res.json());
};

export const PUT: RequestHandler = async ({ url }) => {
  const title = url.searchParams.get('title') ?? 'Embed';
  return new Response(`<!doctype html><title>${title}</title><div id="player"></div>`, { // expect: xss
    headers: { 'Content-Type': 'text/html' },
  });
};

export const PATCH: RequestHandler = async ({ url, cookies }) => {
  const to = url.searchParams.get('return') ?? '/';
  cookies.set('embed_consent', 'yes', { path: '/', httpOnly: false, secure: true, maxAge: 31536000 }); // ok: insecure-cookie
  cookies.set('embed_session', crypto.randomUUID(), { path: '/', httpOnly: false }); // expect: insecure-cookie
  throw redirect(303, to); // expect: open-redirect
};

export const DELETE: RequestHandler = async () => {
  await fetch(`${env.EMBED_CACHE_URL}/purge`, { method: 'POST' }); // ok: ssrf
  throw redirect(303, '/settings/embeds'); // ok: open-redirect
};
