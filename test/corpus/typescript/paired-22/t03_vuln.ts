// corpus: path=src/app/api/avatars/[name]/route.ts
import { readFile } from 'node:fs/promises'
import path from 'node:path'

const AVATARS = path.join(process.cwd(), 'storage', 'avatars')

export async function GET(_req: Request, { params }: { params: { name: string } }) {
  const file = path.join(AVATARS, decodeURIComponent(params.name))
  const data = await readFile(file) // expect: path-traversal
  return new Response(data, { headers: { 'content-type': 'image/png' } })
}
