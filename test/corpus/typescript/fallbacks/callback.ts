// corpus: path=src/app/auth/callback/route.ts
import { NextResponse, type NextRequest } from 'next/server'
import { exchangeCode } from '@/lib/oauth'

export async function GET(req: NextRequest) {
  const code = req.nextUrl.searchParams.get('code')
  if (!code) return NextResponse.redirect(new URL('/login?error=missing_code', req.url))
  const session = await exchangeCode(code)
  const target = req.nextUrl.searchParams.get('state') ?? `/orgs/${session.orgSlug}`
  const res = NextResponse.redirect(target) // expect: open-redirect
  res.cookies.set('sid', session.id, { httpOnly: true, secure: true, sameSite: 'lax' })
  return res
}

export async function POST(req: NextRequest) {
  const form = await req.formData()
  const back = String(form.get('back') ?? '')
  const dest = back.startsWith('/') && !back.startsWith('//') ? back : '/'
  return NextResponse.redirect(new URL(dest, req.url)) // ok: open-redirect
}
