// corpus: path=src/room.ts
// One Durable Object per discussion board. The public Worker (src/index.ts) routes
// `/boards/:id/*` straight to the object with the original request, and browsers connect to it
// over a hibernatable WebSocket, so both the forwarded request and every socket message come
// from the internet. The object's SQLite storage is private to the board.

import { DurableObject } from 'cloudflare:workers'

export interface Env {
  BOARDS: DurableObjectNamespace<BoardRoom>
  ASSETS: Fetcher
}

type ClientMessage =
  | { type: 'post'; body: string; author: string }
  | { type: 'search' | 'search:v2'; text: string; order?: string }
  | { type: 'react'; postId: number; emoji: string }

const ORDERS: Record<string, string> = { newest: 'created_at DESC', oldest: 'created_at ASC', top: 'score DESC' }

export class BoardRoom extends DurableObject<Env> {
  private sql: SqlStorage

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env)
    this.sql = ctx.storage.sql
    this.sql.exec(`CREATE TABLE IF NOT EXISTS posts (id INTEGER PRIMARY KEY, author TEXT, body TEXT, score INTEGER DEFAULT 0, created_at INTEGER)`)
  }

  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url)
    if (request.headers.get('Upgrade') === 'websocket') {
      const pair = new WebSocketPair()
      this.ctx.acceptWebSocket(pair[1])
      return new Response(null, { status: 101, webSocket: pair[0] })
    }
    if (url.pathname.endsWith('/posts')) {
      const author = url.searchParams.get('author') ?? ''
      const rows = this.sql.exec(`SELECT id, author, body FROM posts WHERE author = '${author}' ORDER BY created_at DESC LIMIT 50`).toArray() // expect: sql-injection
      return Response.json(rows)
    }
    if (url.pathname.endsWith('/posts/v2')) {
      const author = url.searchParams.get('author') ?? ''
      const rows = this.sql.exec('SELECT id, author, body FROM posts WHERE author = ? ORDER BY created_at DESC LIMIT 50', author).toArray() // ok: sql-injection
      return Response.json(rows)
    }
    if (url.pathname.endsWith('/embed')) {
      const title = url.searchParams.get('title') ?? 'Board'
      return new Response(`<!doctype html><h2>${title}</h2><div id="board"></div><script src="/embed.js"></script>`, { // expect: xss
        headers: { 'content-type': 'text/html;charset=utf-8' },
      })
    }
    return new Response('not found', { status: 404 })
  }

  async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    const msg = JSON.parse(typeof message === 'string' ? message : new TextDecoder().decode(message)) as ClientMessage
    switch (msg.type) {
      case 'post': {
        this.sql.exec('INSERT INTO posts (author, body, created_at) VALUES (?, ?, ?)', msg.author.slice(0, 40), msg.body.slice(0, 2000), Date.now()) // ok: sql-injection
        this.broadcast({ type: 'posted', author: msg.author, body: msg.body })
        break
      }
      case 'search': {
        const order = msg.order ?? 'created_at DESC'
        const rows = this.sql.exec(`SELECT id, author, body FROM posts WHERE body LIKE ? ORDER BY ${order} LIMIT 20`, `%${msg.text}%`).toArray() // expect: sql-injection
        ws.send(JSON.stringify({ type: 'results', rows }))
        break
      }
      case 'react': {
        this.sql.exec('UPDATE posts SET score = score + 1 WHERE id = ?', Number(msg.postId))
        break
      }
      case 'search:v2': {
        const order = ORDERS[msg.order ?? 'newest'] ?? ORDERS.newest
        const rows = this.sql.exec(`SELECT id, author, body FROM posts WHERE body LIKE ? ORDER BY ${order} LIMIT 20`, `%${msg.text}%`).toArray() // ok: sql-injection
        ws.send(JSON.stringify({ type: 'results', rows }))
        break
      }
    }
  }

  async webSocketClose(ws: WebSocket, code: number): Promise<void> {
    ws.close(code, 'bye')
  }

  private broadcast(payload: unknown): void {
    const text = JSON.stringify(payload)
    for (const socket of this.ctx.getWebSockets()) socket.send(text)
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url)
    const match = /^\/boards\/([A-Za-z0-9_-]{1,64})(\/.*)?$/.exec(url.pathname)
    if (!match) return env.ASSETS.fetch(request)
    const stub = env.BOARDS.get(env.BOARDS.idFromName(match[1]))
    return stub.fetch(request)
  },
} satisfies ExportedHandler<Env>
