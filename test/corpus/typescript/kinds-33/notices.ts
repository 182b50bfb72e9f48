// corpus: path=src/http/notices.ts
import http from 'node:http'
import Koa from 'koa'
import Router from '@koa/router'
import escapeHtml from 'escape-html'
import { Controller, Get, Header, Query } from '@nestjs/common'
import type { Request, Response } from 'express'
import { subscriptions } from '../db'

// A bare node:http status server the ops team runs beside the main app.
export const statusServer = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost')
  if (url.pathname === '/status') {
    const service = url.searchParams.get('service') ?? 'all'
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(`<!doctype html><title>Status</title><h1>Status of ${service}</h1><p>All systems normal.</p>`) // expect: xss
    return
  }
  if (url.pathname === '/status/v2') {
    const service = url.searchParams.get('service') ?? 'all'
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(`<!doctype html><title>Status</title><h1>Status of ${escapeHtml(service)}</h1>`) // ok: xss
    return
  }
  if (url.pathname === '/status.txt') {
    const service = url.searchParams.get('service') ?? 'all'
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' })
    res.end(`Status of ${service}: ok\n`) // ok: xss
    return
  }
  res.writeHead(404).end()
})

const app = new Koa()
const router = new Router()

router.get('/tags', (ctx) => {
  const tags = String(ctx.query.tags ?? '').split(',').filter(Boolean)
  ctx.type = 'html'
  let body = '<ul class="tags">'
  for (const tag of tags) {
    body += `<li><a href="/tags/${encodeURIComponent(tag)}">${tag}</a></li>`
  }
  body += '</ul>'
  ctx.body = body // expect: xss
})

router.get('/tags/v2', (ctx) => {
  const tags = String(ctx.query.tags ?? '').split(',').filter(Boolean)
  ctx.type = 'html'
  const items = tags.map((tag) => `<li><a href="/tags/${encodeURIComponent(tag)}">${escapeHtml(tag)}</a></li>`)
  ctx.body = `<ul class="tags">${items.join('')}</ul>` // ok: xss
})

app.use(router.routes())
export { app as koaApp }

export function searchPage(req: Request, res: Response) {
  const terms = String(req.query.q ?? '').split(/\s+/).filter(Boolean)
  res.format({
    html: () => res.send(`<p>Searching for: ${terms.map((t) => `<mark>${t}</mark>`).join(' ')}</p>`), // expect: xss
    json: () => res.json({ terms }),
  })
}

@Controller('email')
export class UnsubscribeController {
  @Get('unsubscribe')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async unsubscribe(@Query('email') email: string, @Query('list') list: string) {
    await subscriptions.remove(email, list)
    return `<p>${email} will no longer receive the ${list} newsletter.</p>` // expect: xss
  }

  @Get('unsubscribe/v2')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async unsubscribeV2(@Query('email') email: string, @Query('list') list: string) {
    await subscriptions.remove(email, list)
    return `<p>${escapeHtml(email)} will no longer receive the ${escapeHtml(list)} newsletter.</p>` // ok: xss
  }

  @Get('unsubscribe.json')
  async unsubscribeJson(@Query('email') email: string, @Query('list') list: string) {
    await subscriptions.remove(email, list)
    return { email, list, unsubscribed: true } // ok: xss
  }
}
