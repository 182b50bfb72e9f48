// corpus: path=functions/api/notes/[id].ts
interface Env {
  DB: D1Database
}

export const onRequestGet: PagesFunction<Env> = async ({ params, env }) => {
  const row = await env.DB.prepare('SELECT id, title, body FROM notes WHERE id = ?').bind(params.id).first() // ok: sql-injection
  return Response.json(row)
}

export const onRequestDelete: PagesFunction<Env> = async ({ params, env }) => {
  await env.DB.exec(`DELETE FROM notes WHERE id = '${params.id}'`) // expect: sql-injection
  return new Response(null, { status: 204 })
}

export const onRequestPost: PagesFunction<Env> = async ({ request, env }) => {
  const form = await request.formData()
  const title = String(form.get('title') ?? '')
  await env.DB.prepare('INSERT INTO notes (title) VALUES (?)').bind(title).run() // ok: sql-injection
  return new Response(`<p>Saved ${title}</p>`, { headers: { 'content-type': 'text/html' } }) // expect: xss
}
