// corpus: path=app/api/documents/[id]/route.ts
import { NextRequest, NextResponse } from 'next/server'
import { z } from 'zod'
import { and, eq, isNull } from 'drizzle-orm'
import { db } from '@/db'
import { documents, documentVersions } from '@/db/schema'
import { auth } from '@/lib/auth'
import { canEdit } from '@/lib/permissions'

type Ctx = { params: Promise<{ id: string }> }

const PatchSchema = z.object({
  title: z.string().min(1).max(200).optional(),
  body: z.string().max(200_000).optional(),
  archived: z.boolean().optional(),
})

async function loadOwned(id: string, userId: string) {
  const [doc] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.id, id), eq(documents.ownerId, userId), isNull(documents.deletedAt)))
    .limit(1)
  return doc
}

export async function GET(_req: NextRequest, { params }: Ctx) {
  const session = await auth()
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 })
  const { id } = await params
  const doc = await loadOwned(id, session.user.id)
  if (!doc) return NextResponse.json({ error: 'not found' }, { status: 404 })
  return NextResponse.json({ id: doc.id, title: doc.title, body: doc.body, updatedAt: doc.updatedAt })
}

export async function PATCH(req: NextRequest, { params }: Ctx) {
  const session = await auth()
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 })
  const { id } = await params
  const parsed = PatchSchema.safeParse(await req.json().catch(() => null))
  if (!parsed.success) return NextResponse.json({ error: 'validation_failed', details: parsed.error.flatten() }, { status: 422 })

  const doc = await loadOwned(id, session.user.id)
  if (!doc || !canEdit(session.user, doc)) return NextResponse.json({ error: 'not found' }, { status: 404 })

  const changes = parsed.data
  await db.transaction(async (tx) => {
    await tx.insert(documentVersions).values({ documentId: doc.id, title: doc.title, body: doc.body, savedBy: session.user.id })
    await tx
      .update(documents)
      .set({
        ...(changes.title !== undefined ? { title: changes.title } : {}),
        ...(changes.body !== undefined ? { body: changes.body } : {}),
        ...(changes.archived !== undefined ? { archivedAt: changes.archived ? new Date() : null } : {}),
        updatedAt: new Date(),
      })
      .where(eq(documents.id, doc.id))
  })
  return NextResponse.json({ ok: true })
}

export async function DELETE(_req: NextRequest, { params }: Ctx) {
  const session = await auth()
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 })
  const { id } = await params
  const doc = await loadOwned(id, session.user.id)
  if (!doc) return NextResponse.json({ error: 'not found' }, { status: 404 })
  await db.update(documents).set({ deletedAt: new Date() }).where(eq(documents.id, doc.id))
  return new NextResponse(null, { status: 204 })
}
