// corpus: path=src/import/state.ts
import yaml from 'js-yaml'
import { deserialize } from 'node:v8'
import superjson from 'superjson'
import serialize from 'serialize-javascript'
import type { Request, Response } from 'express'

export function importYaml(req: Request, res: Response) {
  const doc = yaml.load(req.body as string) // ok: unsafe-deserialization
  res.json({ keys: Object.keys(doc as object) })
}

export function importSuperjson(req: Request, res: Response) {
  const state = superjson.parse<Record<string, unknown>>(req.body as string) // ok: unsafe-deserialization
  res.json({ keys: Object.keys(state) })
}

export function importSnapshot(req: Request, res: Response) {
  const state = deserialize(req.body as Buffer) as Record<string, unknown> // expect: unsafe-deserialization
  res.json({ keys: Object.keys(state) })
}

export function importLegacy(req: Request, res: Response) {
  const state = eval('(' + (req.body as string) + ')') // expect: code-injection
  res.json({ keys: Object.keys(state) })
}

export function exportState(state: unknown) {
  return serialize(state, { isJSON: true }) // ok: unsafe-deserialization
}
