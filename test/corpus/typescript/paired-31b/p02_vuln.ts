// corpus: path=src/auth/verify.ts
import type { NextFunction, Request, Response } from 'express'
import jwt from 'jsonwebtoken'

export function requireUser(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? '').replace(/^Bearer /, '')
  const claims = jwt.decode(token) as { sub?: string } | null // expect: jwt-weak
  if (!claims?.sub) return res.status(401).end()
  res.locals.userId = claims.sub
  next()
}
