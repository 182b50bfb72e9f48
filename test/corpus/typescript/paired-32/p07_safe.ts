// corpus: path=src/routes/login.ts
import { Router, type Request, type Response } from 'express'
import { authenticate } from '../auth'

const router = Router()
const APP_ORIGIN = 'https://app.example.com'
const TRUSTED_HOSTS = new Set(['app.example.com', 'billing.example.com'])

function afterLogin(req: Request): string {
  const returnTo = typeof req.query.returnTo === 'string' ? req.query.returnTo : '/'
  try {
    const target = new URL(returnTo, APP_ORIGIN)
    if (target.protocol === 'https:' && TRUSTED_HOSTS.has(target.host)) return target.toString()
  } catch {
    // unparseable: fall through to the dashboard
  }
  return '/'
}

router.post('/login', async (req: Request, res: Response) => {
  const user = await authenticate(req.body.email, req.body.password)
  if (!user) return res.status(401).render('login', { error: 'Invalid credentials' })
  req.session.userId = user.id
  res.redirect(afterLogin(req)) // ok: open-redirect
})

export default router
