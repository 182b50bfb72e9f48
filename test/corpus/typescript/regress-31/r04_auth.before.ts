import { Router, type Request, type Response } from 'express'
import { z } from 'zod'
import { sessions } from '../services/sessions'
import { verifyPassword } from '../services/passwords'
import { users } from '../services/users'

export const auth = Router()

const LoginBody = z.object({
  email: z.string().email(),
  password: z.string().min(1),
})

function localPath(target: unknown): string {
  if (typeof target !== 'string') return '/'
  return target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\') ? target : '/'
}

auth.get('/login', (req: Request, res: Response) => {
  const next = req.query.next
  res.render('login', { next: localPath(next), error: null })
})

auth.post('/login', async (req: Request, res: Response) => {
  const next = req.body.next ?? req.query.next
  const parsed = LoginBody.safeParse(req.body)
  if (!parsed.success) {
    return res.status(400).render('login', { next: localPath(next), error: 'Enter your email and password' })
  }
  const user = await users.findByEmail(parsed.data.email)
  if (!user || !(await verifyPassword(user.passwordHash, parsed.data.password))) {
    return res.status(401).render('login', { next: localPath(next), error: 'Wrong email or password' })
  }
  const session = await sessions.create(user.id, req.ip)
  res.cookie('sid', session.id, { httpOnly: true, secure: true, sameSite: 'lax' })
  res.redirect(localPath(next))
})

auth.post('/logout', async (req: Request, res: Response) => {
  const sid = req.cookies?.sid
  if (sid) await sessions.revoke(sid)
  res.clearCookie('sid')
  res.redirect('/login')
})

auth.get('/session', async (req: Request, res: Response) => {
  const sid = req.cookies?.sid
  const session = sid ? await sessions.find(sid) : null
  if (!session) return res.status(401).json({ authenticated: false })
  res.json({ authenticated: true, userId: session.userId, expiresAt: session.expiresAt })
})
