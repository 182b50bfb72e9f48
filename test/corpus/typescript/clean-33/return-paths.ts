// corpus: path=src/server/auth/return-paths.ts
import type { Request, Response } from 'express'
import { env } from '../env'
import { sessions } from './sessions'

const APP_ORIGIN = new URL(env.APP_URL)

/** A path on this app for the `next` a sign-in link carries, or the home page. */
function sameSitePath(raw: unknown): string {
  if (typeof raw !== 'string' || raw === '') return '/'
  try {
    const target = new URL(raw, APP_ORIGIN)
    return target.host === APP_ORIGIN.host ? `${target.pathname}${target.search}` : '/'
  } catch {
    return '/'
  }
}

function unchecked(raw: unknown): string {
  return typeof raw === 'string' && raw !== '' ? raw : '/'
}

export async function finishMagicLink(req: Request, res: Response) {
  const session = await sessions.redeemMagicLink(String(req.query.token ?? ''))
  if (!session) {
    res.status(400).send('This link has expired. Request a new one from the sign-in page.')
    return
  }
  res.cookie('sid', session.id, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 14 * 24 * 3600 * 1000 })
  res.redirect(sameSitePath(req.query.next))  // ok: open-redirect
}

export function legacyHashRoute(req: Request, res: Response) {
  const section = req.params.section
  res.redirect(`${env.APP_URL}/settings#${section}`)  // ok: open-redirect
}

export function afterLogout(req: Request, res: Response) {
  res.redirect(unchecked(req.query.next))  // expect: open-redirect
}

/** The invite's `continue` as a path on this app: the URL made from it must still be ours. */
function invitePath(raw: string): string {
  const path = new URL(raw || '/', APP_ORIGIN).pathname
  const rebuilt = new URL(path, APP_ORIGIN)
  return rebuilt.origin === APP_ORIGIN.origin ? path : '/'
}

export function acceptInvite(req: Request, res: Response) {
  res.redirect(invitePath(String(req.query.continue ?? '')))  // ok: open-redirect
}

export function switchWorkspace(req: Request, res: Response) {
  res.redirect(`${String(req.query.continue ?? '/')}#workspace`)  // expect: open-redirect
}
