// corpus: path=src/routes/comments.ts
import { Hono } from 'hono'
import { html, raw } from 'hono/html'
import { escapeHtml } from '../lib/escape'
import { listComments, addComment } from '../db/comments'
import type { AppEnv } from '../types'

export const comments = new Hono<AppEnv>()

comments.get('/posts/:id/comments', async (c) => {
  const rows = await listComments(c.env.DB, c.req.param('id'))
  return c.html(html`<ul>${rows.map((r) => html`<li><b>${r.author}</b> ${r.body}</li>`)}</ul>`) // ok: xss
})

comments.get('/posts/:id/comments/rich', async (c) => {
  const rows = await listComments(c.env.DB, c.req.param('id'))
  return c.html(html`<ul>${rows.map((r) => html`<li><b>${r.author}</b> ${raw(r.body)}</li>`)}</ul>`) // expect: xss
})

comments.get('/posts/:id/comments/plain', async (c) => {
  const rows = await listComments(c.env.DB, c.req.param('id'))
  return c.html(`<ul>${rows.map((r) => `<li>${escapeHtml(r.author)}: ${escapeHtml(r.body)}</li>`).join('')}</ul>`) // ok: xss
})

comments.post('/posts/:id/comments', async (c) => {
  const form = await c.req.formData()
  const body = String(form.get('body') ?? '').slice(0, 2000)
  await addComment(c.env.DB, c.req.param('id'), c.get('user').name, body)
  const back = c.req.query('back') ?? `/posts/${c.req.param('id')}`
  return c.redirect(back) // expect: open-redirect
})
