// corpus: path=src/worker/notes-object.ts
import { DurableObject } from 'cloudflare:workers'

export class NotesObject extends DurableObject {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url)
    const sql = this.ctx.storage.sql
    if (request.method === 'POST') {
      const { title, body } = await request.json<{ title: string; body: string }>()
      sql.exec('INSERT INTO notes (title, body, created_at) VALUES (?, ?, ?)', title, body, Date.now()) // ok: sql-injection
      return new Response(null, { status: 201 })
    }
    const tag = url.searchParams.get('tag') ?? ''
    const rows = sql.exec(`SELECT id, title FROM notes WHERE tags LIKE '%${tag}%' ORDER BY created_at DESC`).toArray() // expect: sql-injection
    const sort = url.searchParams.get('sort') === 'title' ? 'title' : 'created_at'
    const sorted = sql.exec(`SELECT id, title FROM notes ORDER BY ${sort} DESC LIMIT ?`, 50).toArray() // ok: sql-injection
    return Response.json({ rows, sorted })
  }
}
