// corpus: path=src/auth/verify.ts
import type { NextFunction, Request, Response } from 'express'
import jwt from 'jsonwebtoken'

export function requireUser(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? '').replace(/^Bearer /, '')
  try {
    const claims = jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ['HS256'] }) as { sub?: string } // ok: jwt-weak
    if (!claims.sub) return res.status(401).end()
    res.locals.userId = claims.sub
    next()
  } catch {
    res.status(401).end()
  }
}
