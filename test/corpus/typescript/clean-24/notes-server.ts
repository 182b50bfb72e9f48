// corpus: path=src/routes/api/notes/[id]/+server.ts
import { error, json } from '@sveltejs/kit'
import type { RequestHandler } from './$types'
import { and, desc, eq, isNull, sql } from 'drizzle-orm'
import { z } from 'zod'
import { db } from '$lib/server/db'
import { notes, noteRevisions } from '$lib/server/db/schema'
import { renderMarkdown } from '$lib/server/markdown'

const PatchSchema = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  body: z.string().max(100_000).optional(),
  pinned: z.boolean().optional(),
  expectedVersion: z.number().int().nonnegative(),
})

async function loadOwnedNote(id: string, userId: string) {
  const [note] = await db
    .select()
    .from(notes)
    .where(and(eq(notes.id, id), eq(notes.ownerId, userId), isNull(notes.deletedAt)))
    .limit(1)
  if (!note) error(404, 'Note not found')
  return note
}

export const GET: RequestHandler = async ({ params, locals, url }) => {
  if (!locals.user) error(401, 'Sign in required')
  const note = await loadOwnedNote(params.id, locals.user.id)

  const format = url.searchParams.get('format') === 'html' ? 'html' : 'markdown'
  const revisions = await db
    .select({ id: noteRevisions.id, createdAt: noteRevisions.createdAt })
    .from(noteRevisions)
    .where(eq(noteRevisions.noteId, note.id))
    .orderBy(desc(noteRevisions.createdAt))
    .limit(20)

  return json({
    id: note.id,
    title: note.title,
    body: format === 'html' ? await renderMarkdown(note.body) : note.body,
    format,
    pinned: note.pinned,
    version: note.version,
    revisions,
  })
}

export const PATCH: RequestHandler = async ({ params, locals, request }) => {
  if (!locals.user) error(401, 'Sign in required')
  const parsed = PatchSchema.safeParse(await request.json().catch(() => null))
  if (!parsed.success) error(422, parsed.error.issues.map((i) => i.message).join('; '))

  const note = await loadOwnedNote(params.id, locals.user.id)
  const { expectedVersion, ...changes } = parsed.data
  if (note.version !== expectedVersion) {
    return json({ error: 'conflict', currentVersion: note.version }, { status: 409 })
  }

  const [updated] = await db.transaction(async (tx) => {
    if (changes.body !== undefined && changes.body !== note.body) {
      await tx.insert(noteRevisions).values({ noteId: note.id, body: note.body, createdAt: new Date() })
    }
    return tx
      .update(notes)
      .set({ ...changes, version: sql`${notes.version} + 1`, updatedAt: new Date() })
      .where(and(eq(notes.id, note.id), eq(notes.version, expectedVersion)))
      .returning({ id: notes.id, version: notes.version })
  })
  if (!updated) return json({ error: 'conflict' }, { status: 409 })
  return json(updated)
}

export const DELETE: RequestHandler = async ({ params, locals }) => {
  if (!locals.user) error(401, 'Sign in required')
  const note = await loadOwnedNote(params.id, locals.user.id)
  await db.update(notes).set({ deletedAt: new Date() }).where(eq(notes.id, note.id))
  return new Response(null, { status: 204 })
}
