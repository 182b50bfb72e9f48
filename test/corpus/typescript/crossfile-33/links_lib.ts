// corpus: path=lib/links.ts changeset=links
import { NextResponse } from 'next/server'

export function resolveShortLink(target: string): Response {
  return NextResponse.redirect(target) // expect: open-redirect
}

export function safeDestination(target: string | null, origin: string): Response {
  const url = new URL(target ?? '/', origin)
  if (url.origin !== origin) return NextResponse.redirect(new URL('/', origin))
  return NextResponse.redirect(url) // ok: open-redirect
}
