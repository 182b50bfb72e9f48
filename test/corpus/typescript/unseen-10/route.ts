// corpus: path=app/api/auth/login/route.ts
import { cookies } from 'next/headers';
import { NextResponse, type NextRequest } from 'next/server';
import { randomBytes } from 'node:crypto';

import { db } from '@/lib/db';
import { verifyPassword } from '@/lib/passwords';
import { createSession } from '@/lib/sessions';

export async function POST(req: NextRequest) {
  const { email, password, remember } = await req.json();
  const user = await db.user.findUnique({ where: { email } });
  if (!user || !(await verifyPassword(password, user.passwordHash))) {
    return NextResponse.json({ error: 'Invalid email or password' }, { status: 401 });
  }

  const session = await createSession(user.id);
  const res = NextResponse.json({ ok: true });
  res.cookies.set('session', session.id, { path: '/', maxAge: remember ? 60 * 60 * 24 * 30 : undefined }); // expect: insecure-cookie
  res.cookies.set('ui_density', 'comfortable', { path: '/' }); // ok: insecure-cookie
  return res;
}

export async function PUT(req: NextRequest) {
  const { refreshToken } = await req.json();
  const session = await createSession(refreshToken);
  const jar = await cookies();
  jar.set('session', session.id, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' }); // ok: insecure-cookie
  jar.set('csrf', randomBytes(16).toString('hex'), { secure: true, sameSite: 'strict' }); // ok: insecure-cookie
  return NextResponse.json({ ok: true });
}

export async function DELETE() {
  const jar = await cookies();
  jar.delete('session');
  return new NextResponse(null, {
    status: 204,
    headers: { 'Set-Cookie': 'auth_token=deleted; Path=/; Max-Age=0' },
  });
}
