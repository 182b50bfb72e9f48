// corpus: path=src/index.ts
import { Hono } from 'hono';

type Bindings = { DB: D1Database };

const app = new Hono<{ Bindings: Bindings }>();

app.get('/api/posts/:id', async (c) => {
  const id = c.req.param('id');
  const post = await c.env.DB.prepare('SELECT id, title, body FROM posts WHERE id = ?').bind(id).first();
  if (!post) return c.json({ error: 'not found' }, 404);
  return c.json(post);
});

app.get('/api/posts', async (c) => {
  const tag = c.req.query('tag');
  const sql = tag
    ? `SELECT id, title FROM posts WHERE tags LIKE '%${tag}%' ORDER BY id DESC LIMIT 50`
    : 'SELECT id, title FROM posts ORDER BY id DESC LIMIT 50';
  const { results } = await c.env.DB.prepare(sql).all(); // expect: sql-injection
  return c.json(results);
});

app.get('/api/posts/by-author/:author', async (c) => {
  const { results } = await c.env.DB.prepare('SELECT id, title FROM posts WHERE author = ?1 ORDER BY id DESC') // ok: sql-injection
    .bind(c.req.param('author'))
    .all();
  return c.json(results);
});

export default app;
