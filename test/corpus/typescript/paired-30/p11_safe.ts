// corpus: path=app/api/slides/route.ts
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { NextRequest } from 'next/server'

const DECK_DIR = path.join(process.cwd(), 'content', 'deck')
const SLIDES = ['intro.md', 'problem.md', 'solution.md', 'pricing.md']

export async function GET(request: NextRequest) {
  const n = Number(request.nextUrl.searchParams.get('slide') ?? '0')
  if (!Number.isInteger(n) || n < 0 || n >= SLIDES.length) return new Response('not found', { status: 404 })
  const body = await readFile(path.join(DECK_DIR, SLIDES[n]), 'utf8') // ok: path-traversal
  return new Response(body, { headers: { 'Content-Type': 'text/markdown' } })
}
