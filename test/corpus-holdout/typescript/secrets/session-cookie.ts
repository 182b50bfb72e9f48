// corpus: path=src/session.ts
import { getCookie, setCookie, deleteCookie } from 'hono/cookie'
import { sign, verify, decode } from 'hono/jwt'
import type { Context } from 'hono'
import type { AppEnv } from './types'

export async function startSession(c: Context<AppEnv>, userId: string) {
  const token = await sign({ sub: userId, exp: Math.floor(Date.now() / 1000) + 3600 }, c.env.SESSION_SECRET, 'HS256') // ok: hardcoded-secret
  setCookie(c, 'session', token, { httpOnly: true, secure: true, sameSite: 'Lax', path: '/' }) // ok: insecure-cookie
}

export async function startDebugSession(c: Context<AppEnv>, userId: string) {
  const token = await sign({ sub: userId }, 'dev-session-secret-0c7d4e1f9a', 'HS256') // expect: hardcoded-secret
  setCookie(c, 'session', token, { path: '/' }) // expect: insecure-cookie
}

export async function readSession(c: Context<AppEnv>) {
  const token = getCookie(c, 'session')
  if (!token) return null
  return verify(token, c.env.SESSION_SECRET, 'HS256') // ok: jwt-weak
}

export function readSessionUnverified(c: Context<AppEnv>) {
  const token = getCookie(c, 'session')
  if (!token) return null
  return decode(token).payload // expect: jwt-weak
}

export function endSession(c: Context<AppEnv>) {
  deleteCookie(c, 'session', { path: '/', secure: true })
}
