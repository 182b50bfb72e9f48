// corpus: path=app/settings/actions.ts
'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { prisma } from '@/lib/prisma'
import { auth } from '@/auth'
import { logger } from '@/lib/logger'

const ProfileSchema = z.object({
  displayName: z.string().trim().min(1).max(80),
  bio: z.string().max(500).optional(),
  website: z.string().url().optional().or(z.literal('')),
})

export async function updateDisplayName(formData: FormData) {
  const session = await auth()
  if (!session?.user) throw new Error('Not signed in')
  const displayName = String(formData.get('displayName') ?? '').trim()
  await prisma.user.update({ where: { id: session.user.id }, data: { displayName } })
  revalidatePath('/settings')
}

export async function updateProfile(formData: FormData) {
  const session = await auth()
  if (!session?.user) throw new Error('Not signed in')
  const parsed = ProfileSchema.safeParse(Object.fromEntries(formData))
  if (!parsed.success) return { error: parsed.error.flatten().fieldErrors }
  await prisma.user.update({ where: { id: session.user.id }, data: parsed.data }) // ok: mass-assignment
  revalidatePath('/settings')
  return { ok: true }
}

export async function updatePreferences(formData: FormData) {
  const session = await auth()
  if (!session?.user) throw new Error('Not signed in')
  const fields = Object.fromEntries(formData)
  await prisma.user.update({ where: { id: session.user.id }, data: fields }) // expect: mass-assignment
  logger.info({ userId: session.user.id, fields: Object.keys(fields) }, 'preferences updated')
  revalidatePath('/settings')
}

export async function inviteMember(formData: FormData) {
  const session = await auth()
  if (!session?.user) throw new Error('Not signed in')
  const email = String(formData.get('email') ?? '').toLowerCase()
  const role = formData.get('role') === 'admin' ? 'admin' : 'member'
  await prisma.invite.create({ data: { email, role, orgId: session.user.orgId, invitedBy: session.user.id } }) // ok: mass-assignment
  logger.info({ email, invitedBy: session.user.id }, 'invite sent') // ok: log-injection
  revalidatePath('/settings/members')
}

export async function deleteAccount(formData: FormData) {
  const session = await auth()
  if (!session?.user) throw new Error('Not signed in')
  await prisma.user.delete({ where: { id: session.user.id } })
  const returnTo = String(formData.get('returnTo') ?? '/goodbye')
  redirect(returnTo) // expect: open-redirect
}

export async function leaveOrg(formData: FormData) {
  const session = await auth()
  if (!session?.user) throw new Error('Not signed in')
  const orgId = String(formData.get('orgId'))
  await prisma.membership.delete({ where: { userId_orgId: { userId: session.user.id, orgId } } })
  redirect(`/orgs?left=${encodeURIComponent(orgId)}`) // ok: open-redirect
}
