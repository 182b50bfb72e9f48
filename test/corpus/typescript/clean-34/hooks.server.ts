// corpus: path=src/hooks.server.ts
import { redirect, type Handle } from '@sveltejs/kit'
import { sequence } from '@sveltejs/kit/hooks'
import { env } from '$env/dynamic/private'
import { sessions } from '$lib/server/sessions'

const PUBLIC_PATHS = ['/login', '/auth/callback', '/healthz', '/webhooks']

const authenticate: Handle = async ({ event, resolve }) => {
  const sessionId = event.cookies.get('sid')
  event.locals.user = sessionId ? await sessions.userFor(sessionId) : null
  const open = PUBLIC_PATHS.some((p) => event.url.pathname === p || event.url.pathname.startsWith(`${p}/`))
  if (!event.locals.user && !open) {
    throw redirect(303, `/login?returnTo=${encodeURIComponent(event.url.pathname + event.url.search)}`)
  }
  return resolve(event)
}

// Moved sections keep working: the old path's remainder carries over under the new prefix.
const legacyPaths: Handle = async ({ event, resolve }) => {
  const match = /^\/workspace\/(.+)$/.exec(event.url.pathname)
  if (match) {
    throw redirect(301, `${env.BASE_PATH ?? ''}/w/${match[1]}`) // ok: open-redirect
  }
  return resolve(event)
}

const securityHeaders: Handle = async ({ event, resolve }) => {
  const response = await resolve(event)
  response.headers.set('X-Frame-Options', 'DENY')
  response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin')
  response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()')
  return response
}

export const handle = sequence(legacyPaths, authenticate, securityHeaders)
