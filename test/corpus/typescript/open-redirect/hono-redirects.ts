// corpus: path=src/routes/redirects.ts
import { Hono } from 'hono';

const SHORT_LINKS: Record<string, string> = {
  docs: 'https://docs.example.com',
  status: 'https://status.example.com',
};

export const redirects = new Hono();

redirects.get('/out', (c) => {
  const url = c.req.query('url')!;
  return c.redirect(url); // expect: open-redirect
});

redirects.get('/s/:code', (c) => {
  const target = SHORT_LINKS[c.req.param('code')];
  return target ? c.redirect(target) : c.notFound(); // ok: open-redirect
});

redirects.get('/back', (c) => {
  const referer = c.req.header('referer') ?? '/';
  return c.redirect(referer, 302); // expect: open-redirect
});
