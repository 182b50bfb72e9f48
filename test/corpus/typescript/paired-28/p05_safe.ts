// corpus: path=src/middleware/require-user.ts
import jwt, { type JwtPayload } from 'jsonwebtoken'
import type { NextFunction, Request, Response } from 'express'

export interface AuthedLocals {
  userId: string
  roles: string[]
}

const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY ?? ''

export function requireUser(req: Request, res: Response<unknown, AuthedLocals>, next: NextFunction) {
  const header = req.headers.authorization ?? ''
  const token = header.startsWith('Bearer ') ? header.slice(7) : ''
  let claims: JwtPayload
  try {
    claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'], audience: 'api' }) as JwtPayload // ok: jwt-weak
  } catch {
    return res.status(401).json({ error: 'unauthenticated' })
  }
  if (!claims.sub) return res.status(401).json({ error: 'unauthenticated' })
  res.locals.userId = claims.sub
  res.locals.roles = Array.isArray(claims.roles) ? claims.roles : []
  next()
}
