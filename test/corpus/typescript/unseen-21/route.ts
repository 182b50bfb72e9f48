// corpus: path=app/api/workspaces/[workspaceId]/members/route.ts
import { NextRequest, NextResponse } from 'next/server'
import { and, eq, ilike, sql } from 'drizzle-orm'
import { z } from 'zod'
import { db } from '@/db'
import { members, invites } from '@/db/schema'
import { getServerSession } from 'next-auth'
import { authOptions } from '@/lib/auth-options'
import { sendInviteEmail } from '@/lib/mail'

type RouteContext = { params: Promise<{ workspaceId: string }> }

const InviteSchema = z.object({
  email: z.string().email(),
  role: z.enum(['owner', 'admin', 'member']),
})

export async function GET(req: NextRequest, { params }: RouteContext) {
  const session = await getServerSession(authOptions)
  if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 401 })
  const { workspaceId } = await params
  const search = req.nextUrl.searchParams.get('search') ?? ''
  const order = req.nextUrl.searchParams.get('order') ?? 'joined_at'

  const rows = await db
    .select()
    .from(members)
    .where(and(eq(members.workspaceId, workspaceId), ilike(members.name, `%${search}%`))) // ok: sql-injection
    .limit(100)

  const stats = await db.execute(sql.raw(`SELECT role, count(*) FROM members WHERE workspace_id = '${workspaceId}' GROUP BY role ORDER BY ${order}`)) // expect: sql-injection
  const recent = await db.execute(sql`SELECT id, email FROM invites WHERE workspace_id = ${workspaceId} ORDER BY created_at DESC LIMIT 5`) // ok: sql-injection

  return NextResponse.json({ members: rows, stats: stats.rows, recent: recent.rows })
}

export async function POST(req: NextRequest, { params }: RouteContext) {
  const session = await getServerSession(authOptions)
  if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 401 })
  const { workspaceId } = await params
  const parsed = InviteSchema.safeParse(await req.json())
  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 422 })

  const [invite] = await db
    .insert(invites)
    .values({ workspaceId, email: parsed.data.email, role: parsed.data.role, invitedBy: session.user.id })
    .returning()
  await sendInviteEmail(parsed.data.email, invite.token)
  return NextResponse.json(invite, { status: 201 })
}

export async function DELETE(req: NextRequest, { params }: RouteContext) {
  const session = await getServerSession(authOptions)
  if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 401 })
  const { workspaceId } = await params
  const memberId = req.nextUrl.searchParams.get('memberId')
  if (!memberId) return NextResponse.json({ error: 'memberId required' }, { status: 400 })
  await db.delete(members).where(and(eq(members.workspaceId, workspaceId), eq(members.id, memberId)))
  const back = req.nextUrl.searchParams.get('back')
  if (back) return NextResponse.redirect(back, 303) // expect: open-redirect
  return new NextResponse(null, { status: 204 })
}

export async function PATCH(req: NextRequest, { params }: RouteContext) {
  const { workspaceId } = await params
  const body = (await req.json()) as { memberId: string; nickname: string }
  await db.execute(sql`UPDATE members SET nickname = ${body.nickname} WHERE id = ${body.memberId} AND workspace_id = ${workspaceId}`) // ok: sql-injection
  const html = `<p>Nickname changed to <strong>${body.nickname}</strong>.</p>`
  return new NextResponse(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }) // expect: xss
}
