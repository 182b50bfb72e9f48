// corpus: path=src/routes/notes/[id].tsx
import { action, createAsync, query, redirect, type RouteDefinition, useParams } from '@solidjs/router'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import DOMPurify from 'isomorphic-dompurify'

import { db } from '~/lib/db'
import { notes } from '~/lib/schema'
import { getUser } from '~/lib/session'

const TEMPLATES = '/srv/app/note-templates'

// "use server" functions are RPC endpoints: their arguments come from whoever calls them.
const getNote = query(async (id: string) => {
  'use server'
  const rows = await db.execute(sql.raw(`SELECT id, title, body FROM notes WHERE id = '${id}'`)) // expect: sql-injection
  return rows[0]
}, 'note')

const getNoteV2 = query(async (id: string) => {
  'use server'
  const rows = await db.execute(sql`SELECT id, title, body FROM notes WHERE id = ${id}`) // ok: sql-injection
  return rows[0]
}, 'note-v2')

const loadTemplate = query(async (name: string) => {
  'use server'
  return readFile(join(TEMPLATES, name), 'utf8') // expect: path-traversal
}, 'template')

const saveNote = action(async (form: FormData) => {
  'use server'
  const user = await getUser()
  const id = String(form.get('id'))
  await db.update(notes).set({ title: String(form.get('title')), body: String(form.get('body')) }).where(sql`${notes.id} = ${id} AND ${notes.ownerId} = ${user.id}`) // ok: sql-injection
  throw redirect(String(form.get('returnTo') ?? `/notes/${id}`)) // expect: open-redirect
}, 'save-note')

const saveNoteV2 = action(async (form: FormData) => {
  'use server'
  const user = await getUser()
  const id = String(form.get('id'))
  await db.update(notes).set({ title: String(form.get('title')), body: String(form.get('body')) }).where(sql`${notes.id} = ${id} AND ${notes.ownerId} = ${user.id}`)
  throw redirect(`/notes/${encodeURIComponent(id)}`) // ok: open-redirect
}, 'save-note-v2')

export const route = {
  preload: ({ params }) => getNote(params.id),
} satisfies RouteDefinition

export default function NotePage() {
  const params = useParams()
  const note = createAsync(() => getNote(params.id))
  const safe = createAsync(() => getNoteV2(params.id))
  return (
    <main>
      <h1>{note()?.title}</h1>
      {/* Notes are written by other users of the workspace. */}
      <section innerHTML={note()?.body as string} /> {/* expect: xss */}
      <section innerHTML={DOMPurify.sanitize((safe()?.body as string) ?? '')} /> {/* ok: xss */}
      <form action={saveNote} method="post">
        <input type="hidden" name="id" value={params.id} />
        <input name="title" value={note()?.title as string} />
        <textarea name="body">{note()?.body as string}</textarea>
        <button type="submit">Save</button>
      </form>
    </main>
  )
}

export { loadTemplate, saveNoteV2 }
