// corpus: path=app/actions/images.ts
'use server'

import { execSync } from 'node:child_process'
import { revalidatePath } from 'next/cache'
import { auth } from '@/lib/auth'

export async function rotateImage(formData: FormData) {
  const session = await auth()
  if (!session) throw new Error('unauthorised')
  const file = String(formData.get('file'))
  const degrees = String(formData.get('degrees') ?? '90')
  execSync(`mogrify -rotate ${degrees} public/uploads/${file}`) // expect: command-injection
  revalidatePath('/gallery')
}

export async function rotateImageChecked(formData: FormData) {
  const session = await auth()
  if (!session) throw new Error('unauthorised')
  const file = String(formData.get('file'))
  const degrees = Number(formData.get('degrees'))
  if (![90, 180, 270].includes(degrees) || !/^[\w-]+\.(png|jpe?g)$/.test(file)) throw new Error('bad input')
  execSync(`mogrify -rotate ${degrees} public/uploads/${file}`) // ok: command-injection
  revalidatePath('/gallery')
}
