// corpus: path=app/(dashboard)/settings/actions.ts
'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { cookies } from 'next/headers'
import { writeFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { prisma } from '@/lib/prisma'
import { auth } from '@/auth'

const PUBLIC_DIR = path.join(process.cwd(), 'public', 'uploads')

const ProfileSchema = z.object({
  displayName: z.string().min(1).max(60),
  bio: z.string().max(500).optional(),
  website: z.string().url().optional().or(z.literal('')),
})

export async function updateProfile(_prev: unknown, formData: FormData) {
  const session = await auth()
  if (!session?.user) throw new Error('Not signed in')
  const parsed = ProfileSchema.safeParse({
    displayName: formData.get('displayName'),
    bio: formData.get('bio'),
    website: formData.get('website'),
  })
  if (!parsed.success) return { errors: parsed.error.flatten().fieldErrors }
  await prisma.user.update({ where: { id: session.user.id }, data: parsed.data })
  revalidatePath('/settings')
  return { ok: true }
}

export async function importAvatarFromUrl(formData: FormData) {
  const session = await auth()
  if (!session?.user) throw new Error('Not signed in')
  const url = String(formData.get('avatarUrl') ?? '')
  const res = await fetch(url, { cache: 'no-store' }) // expect: ssrf
  if (!res.ok) return { error: 'Could not download image' }
  const bytes = Buffer.from(await res.arrayBuffer())
  const file = path.join(PUBLIC_DIR, `${session.user.id}.png`)
  await mkdir(PUBLIC_DIR, { recursive: true })
  await writeFile(file, bytes) // ok: path-traversal
  revalidatePath('/settings')
}

export async function uploadBanner(formData: FormData) {
  const session = await auth()
  if (!session?.user) throw new Error('Not signed in')
  const banner = formData.get('banner') as File | null
  if (!banner || banner.size === 0) return { error: 'No file' }
  await mkdir(PUBLIC_DIR, { recursive: true })
  await writeFile(path.join(PUBLIC_DIR, banner.name), Buffer.from(await banner.arrayBuffer())) // expect: path-traversal
  await prisma.user.update({ where: { id: session.user.id }, data: { banner: `/uploads/${banner.name}` } })
}

export async function switchTeam(teamId: string, returnTo: string) {
  const session = await auth()
  if (!session?.user) throw new Error('Not signed in')
  const membership = await prisma.membership.findFirst({ where: { userId: session.user.id, teamId } })
  if (!membership) throw new Error('Not a member')
  ;(await cookies()).set('team', teamId, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' }) // ok: insecure-cookie
  redirect(returnTo) // expect: open-redirect
}

export async function leaveTeam(teamId: string) {
  const session = await auth()
  if (!session?.user) throw new Error('Not signed in')
  await prisma.membership.deleteMany({ where: { userId: session.user.id, teamId } })
  revalidatePath('/settings/teams')
  redirect('/settings/teams') // ok: open-redirect
}

export async function searchMembers(teamId: string, term: string) {
  const session = await auth()
  if (!session?.user) throw new Error('Not signed in')
  return prisma.$queryRawUnsafe( // expect: sql-injection
    `SELECT id, name, email FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.team_id = $1 AND u.name ILIKE '%${term}%'`,
    teamId,
  )
}
