// corpus: path=src/middleware.ts
import { NextResponse, type NextRequest } from 'next/server'

const PUBLIC_PATHS = ['/login', '/signup', '/reset-password', '/api/health', '/api/webhooks']
const SESSION_COOKIE = '__Host-tasks_session'

function cspHeader(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https://avatars.githubusercontent.com https://www.gravatar.com",
    "connect-src 'self' https://api.tasks.example.com https://o450123.ingest.sentry.io",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}

export function middleware(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const { pathname, search } = request.nextUrl

  const isPublic = PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))
  if (!isPublic && !request.cookies.has(SESSION_COOKIE)) {
    const login = new URL('/login', request.url)
    login.searchParams.set('next', pathname + search)
    return NextResponse.redirect(login) // ok: open-redirect
  }

  const headers = new Headers(request.headers)
  headers.set('x-nonce', nonce)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', cspHeader(nonce)) // ok: header-injection
  response.headers.set('X-Content-Type-Options', 'nosniff')
  response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin')
  response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()')
  if (!request.cookies.has('theme')) {
    response.cookies.set('theme', 'system', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 }) // ok: insecure-cookie
  }
  return response
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|robots.txt).*)'],
}
