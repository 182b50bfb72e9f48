import { createReadStream, existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, normalize, resolve, sep } from 'node:path'
import type { Request, Response } from 'express'

const THEMES_DIR = resolve('themes')


export function themeImage(req: Request, res: Response) {
  res.sendFile('default.png', { root: join(THEMES_DIR, 'images') })
}
