// corpus: path=app/api/exports/[id]/route.ts
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import * as v from 'valibot'

const EXPORT_DIR = '/var/app/exports'
const Params = v.object({ id: v.pipe(v.string(), v.uuid()) })

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = v.parse(Params, await params)
  const csv = await readFile(path.join(EXPORT_DIR, `${id}.csv`)) // ok: path-traversal
  return new Response(csv, {
    headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="export.csv"' },
  })
}
