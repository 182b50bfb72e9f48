// corpus: path=src/invoices/routes.ts
import { Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { html, raw } from 'hono/html';

type Env = { Bindings: { DB: D1Database; APP_ORIGIN: string } };

export const invoices = new Hono<Env>();

invoices.get('/invoices', async (c) => {
  const status = c.req.query('status') ?? 'open';
  const customer = c.req.query('customer');
  const stmt = customer
    ? c.env.DB.prepare(`SELECT * FROM invoices WHERE status = ? AND customer = '${customer}'`).bind(status) // expect: sql-injection
    : c.env.DB.prepare('SELECT * FROM invoices WHERE status = ?').bind(status); // ok: sql-injection
  const { results } = await stmt.all();
  return c.json(results);
});

invoices.get('/invoices/:number', async (c) => {
  const number = c.req.param('number');
  const row = await c.env.DB.prepare('SELECT * FROM invoices WHERE number = ?1').bind(number).first(); // ok: sql-injection
  if (!row) return c.html(`<p>No invoice called ${number}</p>`, 404); // expect: xss
  return c.html(html`<h1>Invoice ${number}</h1>`); // ok: xss
});

invoices.get('/invoices/:number/note', async (c) => {
  const note = c.req.query('note') ?? '';
  return c.html(html`<aside>${raw(note)}</aside>`); // expect: xss
});

invoices.post('/invoices/:number/pay', async (c) => {
  const form = await c.req.parseBody();
  const after = String(form['after'] ?? '');
  const session = getCookie(c, 'sid');
  setCookie(c, 'last_payment', String(Date.now()), { path: '/invoices' }); // ok: insecure-cookie
  setCookie(c, 'sid', session ?? crypto.randomUUID(), { path: '/' }); // expect: insecure-cookie
  return c.redirect(after); // expect: open-redirect
});

invoices.post('/invoices/:number/pay-safe', async (c) => {
  const form = await c.req.parseBody();
  const after = String(form['after'] ?? '');
  const target = new URL(after, c.env.APP_ORIGIN);
  if (target.origin !== c.env.APP_ORIGIN) return c.redirect('/invoices'); // ok: open-redirect
  return c.redirect(target.pathname); // ok: open-redirect
});
