import { Hono } from 'hono';

type Bindings = { DB: D1Database };

const app = new Hono<{ Bindings: Bindings }>();

app.get('/api/posts/:id', async (c) => {
  const id = c.req.param('id');
  const post = await c.env.DB.prepare('SELECT id, title, body FROM posts WHERE id = ?').bind(id).first();
  if (!post) return c.json({ error: 'not found' }, 404);
  return c.json(post);
});

export default app;
