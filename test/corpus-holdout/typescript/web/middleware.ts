// corpus: path=middleware.ts
import { NextResponse, type NextRequest } from 'next/server'

const ALLOWED_ORIGINS = new Set(['https://app.example.com', 'https://www.example.com'])

export function middleware(request: NextRequest) {
  const origin = request.headers.get('origin') ?? ''
  const response = NextResponse.next()
  if (request.nextUrl.pathname.startsWith('/api/public')) {
    response.headers.set('Access-Control-Allow-Origin', '*') // ok: permissive-cors
    return response
  }
  if (ALLOWED_ORIGINS.has(origin)) {
    response.headers.set('Access-Control-Allow-Origin', origin) // ok: permissive-cors
    response.headers.set('Access-Control-Allow-Credentials', 'true')
  }
  if (request.nextUrl.pathname.startsWith('/api/partner')) {
    response.headers.set('Access-Control-Allow-Origin', origin) // expect: permissive-cors
    response.headers.set('Access-Control-Allow-Credentials', 'true')
  }
  if (request.nextUrl.pathname === '/go') {
    const to = request.nextUrl.searchParams.get('to') ?? '/'
    return NextResponse.redirect(new URL(to, request.url)) // expect: open-redirect
  }
  return response
}

export const config = { matcher: ['/api/:path*', '/go'] }
