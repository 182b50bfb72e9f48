// corpus: path=src/flags/feature-store.ts
import type { Request, Response } from 'express'
import set from 'lodash/set'
import { z } from 'zod'

type Overrides = Record<string, Record<string, unknown>>

/** Per-environment flag overrides, kept in memory and read on every request. */
const overrides: Overrides = { production: {}, staging: {} }

const OverrideBody = z.object({ env: z.enum(['production', 'staging']), flag: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/), value: z.boolean() }).strict()

export function setOverride(req: Request, res: Response) {
  const { env, flag, value } = req.body
  overrides[env][flag] = value // expect: prototype-pollution
  res.json(overrides[env])
}

export function setOverrideChecked(req: Request, res: Response) {
  const parsed = OverrideBody.safeParse(req.body)
  if (!parsed.success) return res.status(422).json(parsed.error.flatten())
  overrides[parsed.data.env][parsed.data.flag] = parsed.data.value // ok: prototype-pollution
  res.json(overrides[parsed.data.env])
}

export function setNested(req: Request, res: Response) {
  set(overrides, `${req.params.env}.${req.params.flag}`, req.body.value) // expect: prototype-pollution
  res.json(overrides)
}

export function readFlag(req: Request, res: Response) {
  const env = overrides[String(req.query.env)] ?? {}
  res.json({ value: env[String(req.query.flag)] ?? null })
}
