// corpus: path=src/middleware.ts
import { NextResponse, type NextRequest } from 'next/server'

export function middleware(req: NextRequest) {
  const session = req.cookies.get('session')
  if (!session) {
    const back = req.nextUrl.searchParams.get('from') ?? '/'
    return NextResponse.redirect(new URL(`/login?from=${encodeURIComponent(back)}`, req.url))
  }
  const target = req.nextUrl.searchParams.get('continue')
  if (target) return NextResponse.redirect(new URL(target, req.url)) // expect: open-redirect
  return NextResponse.next()
}
