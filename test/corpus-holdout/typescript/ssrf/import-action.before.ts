'use server'

import { z } from 'zod'
import { parse } from 'csv-parse/sync'
import { auth } from '@/lib/auth'
import { db } from '@/lib/db'

const ImportInput = z.object({ sourceUrl: z.string().url(), listId: z.string().uuid() })
const ALLOWED_HOSTS = ['docs.google.com', 'raw.githubusercontent.com']

export async function importContacts(input: unknown) {
  const session = await auth()
  if (!session) throw new Error('unauthorised')
  const { sourceUrl, listId } = ImportInput.parse(input)
  const url = new URL(sourceUrl)
  if (url.protocol !== 'https:' || !ALLOWED_HOSTS.includes(url.hostname)) throw new Error('source not allowed')
  const res = await fetch(sourceUrl)
  const rows: Array<{ email: string; name?: string }> = parse(await res.text(), { columns: true, skip_empty_lines: true })
  await db.contact.createMany({ data: rows.map((r) => ({ listId, email: r.email, name: r.name ?? null })), skipDuplicates: true })
  return { imported: rows.length }
}
