// corpus: path=middleware.ts
import { NextResponse, type NextRequest } from 'next/server';

const PREVIEW_SECRET = 'pv_7Kq2Xw9Lm4Rt8Vb1Nz6Jc3Hd0Fs5GyPe'; // expect: hardcoded-secret
const LOCALE_COOKIE = 'NEXT_LOCALE';
const AB_COOKIE = 'ab_bucket';

export function middleware(req: NextRequest) {
  const res = NextResponse.next();
  if (!req.cookies.get(AB_COOKIE)) {
    res.cookies.set(AB_COOKIE, Math.random() < 0.5 ? 'a' : 'b', { path: '/', maxAge: 2592000 }); // ok: insecure-random, insecure-cookie
  }
  if (req.nextUrl.searchParams.get('preview') === PREVIEW_SECRET) { // expect: timing-unsafe-comparison
    res.cookies.set('preview_token', PREVIEW_SECRET, { path: '/', sameSite: 'lax' }); // expect: insecure-cookie
  }
  const locale = req.headers.get('accept-language')?.split(',')[0] ?? 'en';
  res.cookies.set(LOCALE_COOKIE, locale, { path: '/' }); // ok: insecure-cookie
  res.headers.set('Access-Control-Allow-Origin', 'https://www.acme-shop.com'); // ok: permissive-cors
  return res;
}

export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'] };
