// corpus: path=middleware.ts
import { NextResponse, type NextRequest } from 'next/server';

const PUBLIC = ['/login', '/signup', '/api/health'];

export function middleware(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (PUBLIC.some((p) => pathname.startsWith(p))) return NextResponse.next();

  const session = request.cookies.get('session');
  if (!session) {
    const login = new URL('/login', request.url);
    login.searchParams.set('from', pathname);
    return NextResponse.redirect(login); // ok: open-redirect
  }

  const returnTo = searchParams.get('returnTo');
  if (returnTo) {
    return NextResponse.redirect(returnTo); // expect: open-redirect
  }
  return NextResponse.next();
}
