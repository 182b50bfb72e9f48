// corpus: path=src/routes/preferences.ts
import { Router, type Request, type Response } from 'express'
import set from 'lodash/set'
import { loadPreferences, savePreferences } from '../services/preferences'

export const preferences = Router()

preferences.patch('/preferences', async (req: Request, res: Response) => {
  const { path, value } = req.body as { path: string; value: unknown }
  const prefs = await loadPreferences(req.user!.id)
  set(prefs, path, value) // expect: prototype-pollution
  await savePreferences(req.user!.id, prefs)
  res.json(prefs)
})
