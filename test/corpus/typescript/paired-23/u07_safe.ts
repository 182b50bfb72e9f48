// corpus: path=src/routes/preferences.ts
import type { Request, Response } from 'express'

export function loadPreferences(req: Request, res: Response) {
  const raw = Buffer.from(String(req.cookies.prefs ?? ''), 'base64').toString('utf8')
  const prefs = raw ? JSON.parse(raw) : {} // ok: unsafe-deserialization
  res.json(prefs)
}
