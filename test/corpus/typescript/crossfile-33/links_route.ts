// corpus: path=app/api/links/route.ts changeset=links
import { type NextRequest } from 'next/server'
import { resolveShortLink, safeDestination } from '@/lib/links'
import { renderCard, renderCardEscaped } from '@/lib/cards'

export async function GET(request: NextRequest) {
  const next = request.nextUrl.searchParams.get('next') ?? '/'
  return resolveShortLink(next)
}

export async function HEAD(request: NextRequest) {
  return safeDestination(request.nextUrl.searchParams.get('next'), request.nextUrl.origin)
}

export async function POST(request: NextRequest) {
  const form = await request.formData()
  const title = String(form.get('title') ?? '')
  return new Response(renderCard(title), { headers: { 'Content-Type': 'text/html; charset=utf-8' } }) // expect: xss
}

export async function PATCH(request: NextRequest) {
  const form = await request.formData()
  return new Response(renderCardEscaped(String(form.get('title') ?? '')), { headers: { 'Content-Type': 'text/html; charset=utf-8' } }) // ok: xss
}
