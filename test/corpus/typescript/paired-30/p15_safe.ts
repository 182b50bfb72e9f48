// corpus: path=src/middleware/preferences.ts
import type { NextFunction, Request, Response } from 'express'
import { z } from 'zod'

const Prefs = z.object({ theme: z.enum(['light', 'dark']), density: z.enum(['compact', 'cozy']) }).partial()

export function loadPreferences(req: Request, res: Response, next: NextFunction) {
  const raw = req.cookies.prefs
  if (raw) {
    res.locals.prefs = Prefs.safeParse(JSON.parse(Buffer.from(raw, 'base64').toString('utf8'))).data ?? {} // ok: unsafe-deserialization
  }
  next()
}
