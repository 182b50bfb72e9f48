// corpus: path=src/themes/loader.ts
import { createReadStream, existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, normalize, resolve, sep } from 'node:path'
import type { Request, Response } from 'express'

const THEMES_DIR = resolve('themes')

export async function themeCss(req: Request, res: Response) {
  const theme = req.params.theme
  const file = join(THEMES_DIR, theme, 'theme.css')
  const css = await readFile(file, 'utf8') // expect: path-traversal
  res.type('text/css').send(css)
}

export async function themeAsset(req: Request, res: Response) {
  const requested = normalize(req.params[0] ?? '')
  const full = resolve(THEMES_DIR, requested)
  if (!full.startsWith(THEMES_DIR + sep) || !existsSync(full)) return res.sendStatus(404)
  createReadStream(full).pipe(res) // ok: path-traversal
}

export function themeFont(req: Request, res: Response) {
  res.sendFile(req.query.font as string, { root: join(THEMES_DIR, 'fonts') }) // ok: path-traversal
}

export function themeImage(req: Request, res: Response) {
  const image = req.query.image as string
  res.sendFile(resolve(THEMES_DIR, 'images', image)) // expect: path-traversal
}
