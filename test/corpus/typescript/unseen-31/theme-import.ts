// corpus: path=src/themes/theme-import.ts
import unzipper from 'unzipper'
import AdmZip from 'adm-zip'
import { createWriteStream } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, resolve, sep, normalize } from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { Request, Response } from 'express'
import tar from 'tar'

const THEMES_DIR = resolve(process.env.THEMES_DIR ?? './themes')

export async function importTheme(req: Request, res: Response) {
  const themeDir = join(THEMES_DIR, String(req.user.id))
  const archive = await unzipper.Open.buffer(req.file!.buffer)
  for (const entry of archive.files) {
    if (entry.type !== 'File') continue
    const target = join(themeDir, entry.path)
    await mkdir(dirname(target), { recursive: true })
    await pipeline(entry.stream(), createWriteStream(target)) // expect: path-traversal
  }
  res.json({ files: archive.files.length })
}

export async function importThemeChecked(req: Request, res: Response) {
  const themeDir = join(THEMES_DIR, String(req.user.id))
  const archive = await unzipper.Open.buffer(req.file!.buffer)
  for (const entry of archive.files) {
    if (entry.type !== 'File') continue
    const target = resolve(themeDir, entry.path)
    if (!target.startsWith(themeDir + sep)) return res.status(400).json({ error: `bad entry ${entry.path}` })
    await mkdir(dirname(target), { recursive: true })
    await pipeline(entry.stream(), createWriteStream(target)) // ok: path-traversal
  }
  res.json({ files: archive.files.length })
}

export async function importLegacyTheme(req: Request, res: Response) {
  const zip = new AdmZip(req.file!.buffer)
  const themeDir = join(THEMES_DIR, String(req.user.id), 'legacy')
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue
    await writeFile(join(themeDir, entry.entryName), entry.getData()) // expect: path-traversal
  }
  res.json({ files: zip.getEntries().length })
}

export async function importLegacyThemeChecked(req: Request, res: Response) {
  const zip = new AdmZip(req.file!.buffer)
  const themeDir = join(THEMES_DIR, String(req.user.id), 'legacy')
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue
    const rel = normalize(entry.entryName)
    if (rel.startsWith('..') || rel.includes(`..${sep}`) || resolve(themeDir, rel) !== join(themeDir, rel)) continue
    await writeFile(join(themeDir, rel), entry.getData()) // ok: path-traversal
  }
  res.json({ files: zip.getEntries().length })
}

export async function importFontPack(req: Request, res: Response) {
  const fontsDir = join(THEMES_DIR, String(req.user.id), 'fonts')
  await mkdir(fontsDir, { recursive: true })
  await tar.x({ file: req.file!.path, cwd: fontsDir, strict: true, filter: (p) => /\.(woff2?|ttf|otf)$/i.test(p) }) // ok: path-traversal
  res.json({ ok: true })
}
