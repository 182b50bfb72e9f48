// corpus: path=src/hooks.server.ts
import type { Handle, HandleServerError } from '@sveltejs/kit'
import { sequence } from '@sveltejs/kit/hooks'
import { lucia } from '$lib/server/auth'
import { logger } from '$lib/server/logger'

const authenticate: Handle = async ({ event, resolve }) => {
  const sessionId = event.cookies.get(lucia.sessionCookieName)
  if (!sessionId) {
    event.locals.user = null
    event.locals.session = null
    return resolve(event)
  }
  const { session, user } = await lucia.validateSession(sessionId)
  if (session?.fresh) {
    const cookie = lucia.createSessionCookie(session.id)
    event.cookies.set(cookie.name, cookie.value, { path: '.', ...cookie.attributes }) // ok: insecure-cookie
  }
  if (!session) {
    const blank = lucia.createBlankSessionCookie()
    event.cookies.set(blank.name, blank.value, { path: '.', ...blank.attributes })
  }
  event.locals.user = user
  event.locals.session = session
  return resolve(event)
}

const impersonate: Handle = async ({ event, resolve }) => {
  const as = event.url.searchParams.get('impersonate')
  if (as && event.locals.user?.role === 'admin') {
    event.cookies.set('impersonate', as, { path: '/', httpOnly: false, secure: false, sameSite: 'none' }) // expect: insecure-cookie
  }
  return resolve(event)
}

const securityHeaders: Handle = async ({ event, resolve }) => {
  const response = await resolve(event)
  response.headers.set('X-Frame-Options', 'DENY')
  response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin')
  const origin = event.request.headers.get('origin')
  if (event.url.pathname.startsWith('/api/public/') && origin) {
    response.headers.set('Access-Control-Allow-Origin', origin) // expect: permissive-cors
    response.headers.set('Access-Control-Allow-Credentials', 'true')
  }
  return response
}

export const handle = sequence(authenticate, impersonate, securityHeaders)

export const handleError: HandleServerError = async ({ error, event, status, message }) => {
  const id = crypto.randomUUID()
  logger.error({ id, path: event.url.pathname, status, err: error }, 'unhandled error')
  if (event.url.pathname.startsWith('/api/')) {
    return { message: (error as Error).stack ?? message, id } // expect: error-exposure
  }
  return { message: 'Something went wrong', id } // ok: error-exposure
}
