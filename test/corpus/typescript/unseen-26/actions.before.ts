'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { prisma } from '@/lib/prisma'
import { auth } from '@/auth'

export async function updateDisplayName(formData: FormData) {
  const session = await auth()
  if (!session?.user) throw new Error('Not signed in')
  const displayName = String(formData.get('displayName') ?? '').trim()
  await prisma.user.update({ where: { id: session.user.id }, data: { displayName } })
  revalidatePath('/settings')
}

export async function deleteAccount() {
  const session = await auth()
  if (!session?.user) throw new Error('Not signed in')
  await prisma.user.delete({ where: { id: session.user.id } })
  redirect('/goodbye')
}
