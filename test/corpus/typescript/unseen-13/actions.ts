// corpus: path=app/settings/actions.ts
'use server'

import { redirect } from 'next/navigation'
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { sql } from '@vercel/postgres'
import { auth } from '@/auth'

const ProfileSchema = z.object({
  displayName: z.string().min(1).max(80),
  bio: z.string().max(500).optional(),
})

export async function updateProfile(formData: FormData) {
  const session = await auth()
  if (!session?.user?.id) redirect('/login')
  const parsed = ProfileSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return { error: parsed.error.flatten().fieldErrors }
  await sql`update users set display_name = ${parsed.data.displayName}, bio = ${parsed.data.bio ?? null} where id = ${session.user.id}` // ok: sql-injection
  revalidatePath('/settings')
  const next = formData.get('next')?.toString() ?? '/settings'
  redirect(next) // expect: open-redirect
}

export async function importAvatar(formData: FormData) {
  const session = await auth()
  if (!session?.user?.id) redirect('/login')
  const source = String(formData.get('avatarUrl'))
  const res = await fetch(source) // expect: ssrf
  const blob = await res.blob()
  await sql`update users set avatar = ${Buffer.from(await blob.arrayBuffer())} where id = ${session.user.id}`
  revalidatePath('/settings')
}

export async function searchTeams(formData: FormData) {
  const q = String(formData.get('q') ?? '')
  const order = String(formData.get('order') ?? 'name')
  const { rows } = await sql.query(`select id, name from teams where name ilike $1 order by ${order}`, [`%${q}%`]) // expect: sql-injection
  return rows
}

export async function leaveTeam(formData: FormData) {
  const session = await auth()
  if (!session?.user?.id) redirect('/login')
  const teamId = Number(formData.get('teamId'))
  await sql`delete from memberships where team_id = ${teamId} and user_id = ${session.user.id}`
  revalidatePath('/settings/teams')
  redirect('/settings/teams') // ok: open-redirect
}
