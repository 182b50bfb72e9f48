// corpus: path=src/middleware.ts
import { NextResponse, type NextRequest } from 'next/server'
import { jwtVerify, createRemoteJWKSet } from 'jose'

const PUBLIC_PATHS = ['/login', '/signup', '/forgot-password', '/api/health', '/api/webhooks']
const LOCALES = ['en', 'de', 'fr', 'es'] as const
const DEFAULT_LOCALE = 'en'
const JWKS = createRemoteJWKSet(new URL(`${process.env.SSO_ISSUER_URL ?? 'https://login.tracker.example.com'}/.well-known/jwks.json`))

function isPublic(pathname: string) {
  return PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))
}

function preferredLocale(request: NextRequest): string {
  const cookie = request.cookies.get('NEXT_LOCALE')?.value
  if (cookie && (LOCALES as readonly string[]).includes(cookie)) return cookie
  const header = request.headers.get('accept-language') ?? ''
  for (const part of header.split(',')) {
    const tag = part.split(';')[0].trim().slice(0, 2).toLowerCase()
    if ((LOCALES as readonly string[]).includes(tag)) return tag
  }
  return DEFAULT_LOCALE
}

export async function middleware(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const requestId = crypto.randomUUID()
  const headers = new Headers(request.headers)
  headers.set('x-request-id', requestId)

  if (pathname.startsWith('/_next') || pathname.includes('.')) {
    return NextResponse.next()
  }

  if (!isPublic(pathname)) {
    const token = request.cookies.get('session')?.value
    let valid = false
    if (token) {
      try {
        await jwtVerify(token, JWKS, { issuer: process.env.SSO_ISSUER_URL, audience: 'tracker-web' })
        valid = true
      } catch {
        valid = false
      }
    }
    if (!valid) {
      const loginUrl = new URL('/login', request.url)
      loginUrl.searchParams.set('callbackUrl', pathname + search)
      return NextResponse.redirect(loginUrl) // ok: open-redirect
    }
  }

  if (pathname === '/') {
    const locale = preferredLocale(request)
    return NextResponse.redirect(new URL(`/${locale}`, request.url)) // ok: open-redirect
  }

  const response = NextResponse.next({ request: { headers } })
  response.headers.set('x-request-id', requestId)
  response.cookies.set('NEXT_LOCALE', preferredLocale(request), { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 }) // ok: insecure-cookie
  return response
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
