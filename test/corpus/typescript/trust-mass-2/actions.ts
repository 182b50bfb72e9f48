// corpus: path=app/settings/actions.ts
'use server'

import { cookies } from 'next/headers'
import { getIronSession } from 'iron-session'
import { z } from 'zod'
import { db } from '@/lib/db'
import { sessionOptions, type SessionData } from '@/lib/session'

const ProfileInput = z.object({ displayName: z.string().max(60), bio: z.string().max(500) }).strict()

export async function unlockAdmin(formData: FormData) {
  const session = await getIronSession<SessionData>(await cookies(), sessionOptions)
  session.isAdmin = formData.get('admin') === 'on' // expect: trust-boundary
  await session.save()
}

export async function saveProfile(input: unknown) {
  const session = await getIronSession<SessionData>(await cookies(), sessionOptions)
  const data = ProfileInput.parse(input)
  await db.user.update({ where: { id: session.userId }, data }) // ok: mass-assignment
}

export async function importProfile(input: Record<string, unknown>) {
  const session = await getIronSession<SessionData>(await cookies(), sessionOptions)
  await db.user.update({ where: { id: session.userId }, data: input }) // expect: mass-assignment
}

export async function rememberTab(tab: string) {
  const session = await getIronSession<SessionData>(await cookies(), sessionOptions)
  session.lastTab = ['overview', 'billing', 'team'].includes(tab) ? tab : 'overview' // ok: trust-boundary
  await session.save()
}
