// corpus: path=src/middleware/require-user.ts
import jwt, { type JwtPayload } from 'jsonwebtoken'
import type { NextFunction, Request, Response } from 'express'

export interface AuthedLocals {
  userId: string
  roles: string[]
}

export function requireUser(req: Request, res: Response<unknown, AuthedLocals>, next: NextFunction) {
  const header = req.headers.authorization ?? ''
  const token = header.startsWith('Bearer ') ? header.slice(7) : ''
  const claims = jwt.decode(token) as JwtPayload | null // expect: jwt-weak
  if (!claims?.sub) {
    return res.status(401).json({ error: 'unauthenticated' })
  }
  res.locals.userId = claims.sub
  res.locals.roles = Array.isArray(claims.roles) ? claims.roles : []
  next()
}
