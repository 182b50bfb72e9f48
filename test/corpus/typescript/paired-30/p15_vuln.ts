// corpus: path=src/middleware/preferences.ts
import type { NextFunction, Request, Response } from 'express'
import serialize from 'node-serialize'

export function loadPreferences(req: Request, res: Response, next: NextFunction) {
  const raw = req.cookies.prefs
  if (raw) {
    res.locals.prefs = serialize.unserialize(Buffer.from(raw, 'base64').toString('utf8')) // expect: unsafe-deserialization
  }
  next()
}
