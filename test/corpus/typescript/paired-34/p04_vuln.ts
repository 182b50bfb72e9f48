// corpus: path=src/auth/session-cookie.ts
import { serialize } from 'cookie'
import type { ServerResponse } from 'node:http'

const WEEK = 60 * 60 * 24 * 7

export function setSessionCookie(res: ServerResponse, sessionId: string): void {
  res.setHeader('Set-Cookie', serialize('session', sessionId, { path: '/', maxAge: WEEK })) // expect: insecure-cookie
}

export function clearSessionCookie(res: ServerResponse): void {
  res.setHeader('Set-Cookie', serialize('session', '', { path: '/', maxAge: 0 }))
}
