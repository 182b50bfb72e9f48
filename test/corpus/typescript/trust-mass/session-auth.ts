// corpus: path=src/auth/session-routes.ts
import { Router, type Request, type Response } from 'express'
import argon2 from 'argon2'
import { randomBytes } from 'node:crypto'
import { db } from '../db'

declare module 'express-session' {
  interface SessionData {
    user?: { id: string; role: string }
    csrf?: string
    mfaPassed?: boolean
    cart?: Array<{ sku: string; qty: number; price: number }>
  }
}

export const sessionRoutes = Router()

sessionRoutes.post('/login', async (req: Request, res: Response) => {
  const { email, password } = req.body as { email: string; password: string }
  const user = await db.user.findUnique({ where: { email: String(email) } })
  if (!user || !(await argon2.verify(user.passwordHash, String(password)))) {
    return res.status(401).json({ error: 'invalid credentials' })
  }
  req.session.regenerate(() => {
    req.session.user = { id: user.id, role: user.role } // ok: trust-boundary
    req.session.csrf = randomBytes(24).toString('hex') // ok: trust-boundary
    res.json({ ok: true })
  })
})

sessionRoutes.post('/sso/finish', (req: Request, res: Response) => {
  req.session.user = { id: req.body.sub, role: req.body.role ?? 'member' } // expect: trust-boundary
  res.redirect('/')
})

sessionRoutes.post('/mfa', async (req: Request, res: Response) => {
  req.session.mfaPassed = req.body.verified // expect: trust-boundary
  res.json({ ok: true })
})

sessionRoutes.post('/cart', (req: Request, res: Response) => {
  req.session.cart = req.body.items // expect: trust-boundary
  res.json({ count: req.session.cart?.length ?? 0 })
})

sessionRoutes.post('/cart/add', async (req: Request, res: Response) => {
  const product = await db.product.findUnique({ where: { sku: String(req.body.sku) } })
  if (!product) return res.status(404).end()
  const qty = Math.max(1, Math.min(99, Number.parseInt(String(req.body.qty), 10) || 1))
  req.session.cart = [...(req.session.cart ?? []), { sku: product.sku, qty, price: product.price }] // ok: trust-boundary
  res.json({ count: req.session.cart.length })
})

sessionRoutes.post('/logout', (req: Request, res: Response) => {
  req.session.destroy(() => res.redirect('/'))
})
