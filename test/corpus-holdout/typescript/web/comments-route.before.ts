import { Hono } from 'hono'
import { html, raw } from 'hono/html'
import { escapeHtml } from '../lib/escape'
import { listComments, addComment } from '../db/comments'
import type { AppEnv } from '../types'

export const comments = new Hono<AppEnv>()


comments.post('/posts/:id/comments', async (c) => {
  const form = await c.req.formData()
  const body = String(form.get('body') ?? '').slice(0, 2000)
  await addComment(c.env.DB, c.req.param('id'), c.get('user').name, body)
  return c.redirect(`/posts/${c.req.param('id')}`)
})
