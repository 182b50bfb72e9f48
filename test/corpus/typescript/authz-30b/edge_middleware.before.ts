import { NextResponse, type NextRequest } from 'next/server'
import { verifySession } from './lib/session'

export async function middleware(req: NextRequest) {
  const session = await verifySession(req.cookies.get('sid')?.value)
  if (!session) return NextResponse.redirect(new URL('/sign-in', req.url))
  return NextResponse.next()
}

export const config = {
  matcher: [
    '/app/:path*',
    '/account/:path*',
    '/docs/:path*',
  ],
}
