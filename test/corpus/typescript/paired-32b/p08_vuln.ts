// corpus: path=src/preferences/merge.ts
import { Router, type Request, type Response } from 'express'
import { loadPreferences, savePreferences } from './store'

type Tree = Record<string, unknown>

function deepMerge(target: Tree, source: Tree): Tree {
  for (const key of Object.keys(source)) {
    const value = source[key]
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (!target[key] || typeof target[key] !== 'object') target[key] = {}
      deepMerge(target[key] as Tree, value as Tree)
    } else {
      target[key] = value // expect: prototype-pollution
    }
  }
  return target
}

export const preferencesRouter = Router()

preferencesRouter.patch('/preferences', async (req: Request, res: Response) => {
  const prefs = await loadPreferences(req.user!.id)
  await savePreferences(req.user!.id, deepMerge(prefs, req.body))
  res.sendStatus(204)
})
