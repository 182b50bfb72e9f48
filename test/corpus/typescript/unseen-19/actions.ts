// corpus: path=app/(dashboard)/reports/actions.ts
'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { sql } from '@vercel/postgres'
import { Pool } from 'pg'
import { writeFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { auth } from '@/auth'

const pool = new Pool({ connectionString: process.env.DATABASE_URL })
const EXPORT_DIR = path.join(process.cwd(), 'exports')

export async function renameReport(formData: FormData) {
  const session = await auth()
  if (!session) throw new Error('unauthorized')
  const id = String(formData.get('id'))
  const title = String(formData.get('title') ?? '').trim()
  await sql`UPDATE reports SET title = ${title} WHERE id = ${id} AND owner_id = ${session.user.id}` // ok: sql-injection
  revalidatePath('/reports')
}

export async function filterReports(formData: FormData) {
  const session = await auth()
  if (!session) throw new Error('unauthorized')
  const column = String(formData.get('orderBy') ?? 'created_at')
  const { rows } = await pool.query(`SELECT id, title FROM reports WHERE owner_id = $1 ORDER BY ${column}`, [session.user.id]) // expect: sql-injection
  return rows
}

export async function exportReport(formData: FormData) {
  const session = await auth()
  if (!session) throw new Error('unauthorized')
  const name = String(formData.get('filename'))
  const { rows } = await pool.query('SELECT * FROM report_rows WHERE report_id = $1', [formData.get('id')])
  await mkdir(EXPORT_DIR, { recursive: true })
  await writeFile(path.join(EXPORT_DIR, name), JSON.stringify(rows)) // expect: path-traversal
  await writeFile(path.join(EXPORT_DIR, `${session.user.id}-latest.json`), JSON.stringify(rows)) // ok: path-traversal
  return { file: name }
}

export async function finishWizard(formData: FormData) {
  const session = await auth()
  if (!session) throw new Error('unauthorized')
  await pool.query('UPDATE users SET onboarded = true WHERE id = $1', [session.user.id])
  const destination = formData.get('continue') as string
  redirect(destination) // expect: open-redirect
}

export async function cancelWizard() {
  redirect('/reports') // ok: open-redirect
}
