// corpus: path=src/pages.ts
import { Hono } from 'hono';
import { html, raw } from 'hono/html';

export const pages = new Hono();

pages.get('/hello', (c) => {
  const name = c.req.query('name') ?? 'stranger';
  return c.html(html`<h1>Hello ${name}</h1>`); // ok: xss
});

pages.get('/hello-raw', (c) => {
  const name = c.req.query('name') ?? 'stranger';
  return c.html(`<h1>Hello ${name}</h1>`); // expect: xss
});

pages.get('/note', (c) => {
  const note = c.req.query('note') ?? '';
  return c.html(html`<div class="note">${raw(note)}</div>`); // expect: xss
});

pages.get('/about', (c) => c.html('<h1>About us</h1><p>We make tools.</p>')); // ok: xss
