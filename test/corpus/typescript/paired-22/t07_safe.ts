// corpus: path=src/auth/tokens.ts
import jwt from 'jsonwebtoken'
import type { NextFunction, Request, Response } from 'express'

const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY!

export function requireUser(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? ''
  const token = header.replace(/^Bearer /, '')
  try {
    const claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] }) as jwt.JwtPayload // ok: jwt-weak
    res.locals.userId = claims.sub
    next()
  } catch {
    res.status(401).json({ error: 'invalid token' })
  }
}
