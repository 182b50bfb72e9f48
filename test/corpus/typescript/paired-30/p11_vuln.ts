// corpus: path=app/api/slides/route.ts
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { NextRequest } from 'next/server'

const DECK_DIR = path.join(process.cwd(), 'content', 'deck')

export async function GET(request: NextRequest) {
  const slide = request.nextUrl.searchParams.get('slide') ?? 'intro.md'
  const body = await readFile(path.join(DECK_DIR, slide), 'utf8') // expect: path-traversal
  return new Response(body, { headers: { 'Content-Type': 'text/markdown' } })
}
