// corpus: path=app/(dashboard)/settings/actions.ts
'use server'

import { revalidatePath } from 'next/cache'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { sql, eq } from 'drizzle-orm'
import { z } from 'zod'
import { db } from '@/db'
import { users, auditLog } from '@/db/schema'
import { requireUser } from '@/lib/session'
import { randomBytes } from 'node:crypto'

const ProfileSchema = z.object({
  displayName: z.string().min(1).max(80),
  timezone: z.string().max(64),
})

export async function updateProfile(formData: FormData) {
  const user = await requireUser()
  const parsed = ProfileSchema.parse({
    displayName: formData.get('displayName'),
    timezone: formData.get('timezone'),
  })
  await db.update(users).set(parsed).where(eq(users.id, user.id)) // ok: mass-assignment
  revalidatePath('/settings')
}

export async function searchAudit(formData: FormData) {
  const user = await requireUser()
  const action = String(formData.get('action') ?? '')
  const rows = await db.execute(sql.raw(`SELECT * FROM audit_log WHERE user_id = '${user.id}' AND action LIKE '%${action}%'`)) // expect: sql-injection
  return rows
}

export async function searchAuditSafely(formData: FormData) {
  const user = await requireUser()
  const action = String(formData.get('action') ?? '')
  return db.execute(sql`SELECT * FROM audit_log WHERE user_id = ${user.id} AND action LIKE ${'%' + action + '%'}`) // ok: sql-injection
}

export async function setTheme(formData: FormData) {
  const theme = formData.get('theme') === 'dark' ? 'dark' : 'light'
  ;(await cookies()).set('theme', theme, { path: '/', maxAge: 60 * 60 * 24 * 365 }) // ok: insecure-cookie
  revalidatePath('/', 'layout')
}

export async function rememberDevice() {
  const user = await requireUser()
  const token = randomBytes(32).toString('base64url') // ok: insecure-random
  await db.insert(auditLog).values({ userId: user.id, action: 'device.remembered' })
  ;(await cookies()).set('device_token', token, { path: '/', httpOnly: false, secure: false, maxAge: 60 * 60 * 24 * 90 }) // expect: insecure-cookie
}

export async function finishOnboarding(formData: FormData) {
  await requireUser()
  const next = String(formData.get('next') ?? '/dashboard')
  redirect(next) // expect: open-redirect
}
