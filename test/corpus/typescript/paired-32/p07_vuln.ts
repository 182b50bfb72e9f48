// corpus: path=src/routes/login.ts
import { Router, type Request, type Response } from 'express'
import { authenticate } from '../auth'

const router = Router()

function afterLogin(req: Request): string {
  const returnTo = typeof req.query.returnTo === 'string' ? req.query.returnTo : '/'
  return returnTo
}

router.post('/login', async (req: Request, res: Response) => {
  const user = await authenticate(req.body.email, req.body.password)
  if (!user) return res.status(401).render('login', { error: 'Invalid credentials' })
  req.session.userId = user.id
  res.redirect(afterLogin(req)) // expect: open-redirect
})

export default router
