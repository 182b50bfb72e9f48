// corpus: path=middleware.ts
import { NextResponse, type NextRequest } from 'next/server'
import { jwtVerify } from 'jose'

const PUBLIC_PATHS = ['/login', '/signup', '/forgot-password', '/api/health']
const secret = new TextEncoder().encode(process.env.AUTH_SECRET)

export async function middleware(req: NextRequest) {
  const { pathname, search } = req.nextUrl
  if (PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return NextResponse.next()

  const token = req.cookies.get('session')?.value
  if (token) {
    try {
      const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'] })
      const headers = new Headers(req.headers)
      headers.set('x-user-id', String(payload.sub))
      return NextResponse.next({ request: { headers } })
    } catch {
      // fall through to the login redirect
    }
  }

  const login = req.nextUrl.clone()
  login.pathname = '/login'
  login.search = ''
  login.searchParams.set('next', `${pathname}${search}`)
  const res = NextResponse.redirect(login)
  res.cookies.delete('session')
  return res
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
