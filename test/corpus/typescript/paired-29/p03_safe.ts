// corpus: path=src/routes/preferences.ts
import { Router, type Request, type Response } from 'express'
import set from 'lodash/set'
import { loadPreferences, savePreferences } from '../services/preferences'

export const preferences = Router()

const PREFERENCE_PATHS = new Set(['theme', 'locale', 'notifications.email', 'notifications.push'])

preferences.patch('/preferences', async (req: Request, res: Response) => {
  const { path, value } = req.body as { path: string; value: unknown }
  if (!PREFERENCE_PATHS.has(path)) return res.status(400).json({ error: 'unknown preference' })
  const prefs = await loadPreferences(req.user!.id)
  set(prefs, path, value) // ok: prototype-pollution
  await savePreferences(req.user!.id, prefs)
  res.json(prefs)
})
