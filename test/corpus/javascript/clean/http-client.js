// corpus: path=lib/http-client.js
'use strict';

const { setTimeout: sleep } = require('timers/promises');

class HttpError extends Error {
  constructor(response, body) {
    super(`HTTP ${response.status} from ${response.url}`);
    this.status = response.status;
    this.body = body;
  }
}

const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504]);

function createClient({ baseUrl, token, timeoutMs = 10_000, retries = 3 }) {
  async function request(method, path, { query, body, headers } = {}) {
    const url = new URL(path, baseUrl);
    for (const [key, value] of Object.entries(query || {})) {
      if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
    }
    let attempt = 0;
    for (;;) {
      attempt += 1;
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        const response = await fetch(url, {
          method,
          signal: controller.signal,
          headers: {
            accept: 'application/json',
            ...(body ? { 'content-type': 'application/json' } : {}),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...headers,
          },
          body: body ? JSON.stringify(body) : undefined,
        });
        const text = await response.text();
        const data = text ? JSON.parse(text) : null;
        if (response.ok) return data;
        if (!RETRYABLE.has(response.status) || attempt > retries) throw new HttpError(response, data);
        const retryAfter = Number(response.headers.get('retry-after'));
        await sleep(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 250 * 2 ** attempt);
      } finally {
        clearTimeout(timer);
      }
    }
  }

  return {
    get: (path, opts) => request('GET', path, opts),
    post: (path, body, opts) => request('POST', path, { ...opts, body }),
    put: (path, body, opts) => request('PUT', path, { ...opts, body }),
    delete: (path, opts) => request('DELETE', path, opts),
  };
}

module.exports = { createClient, HttpError };
