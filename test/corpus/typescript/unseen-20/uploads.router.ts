// corpus: path=src/routes/uploads.router.ts
import { Router } from 'express'
import multer from 'multer'
import path from 'node:path'
import { rename, unlink } from 'node:fs/promises'
import { PrismaClient } from '@prisma/client'

const prisma = new PrismaClient()
const UPLOAD_DIR = path.resolve('uploads')
const upload = multer({ dest: path.join(UPLOAD_DIR, 'tmp') })

export const uploadsRouter = Router()

uploadsRouter.post('/', upload.single('file'), async (req, res) => {
  if (!req.file) return res.status(400).json({ error: 'no file' })
  const finalPath = path.join(UPLOAD_DIR, req.file.originalname)
  await rename(req.file.path, finalPath) // expect: path-traversal
  const tmpName = `${Date.now()}-${Math.random().toString(16).slice(2)}` // ok: insecure-random
  await prisma.upload.create({ data: { name: req.file.originalname, path: finalPath, tmpName, ownerId: req.user!.id } })
  res.status(201).json({ name: req.file.originalname })
})

uploadsRouter.get('/:id', async (req, res) => {
  const row = await prisma.upload.findFirstOrThrow({ where: { id: req.params.id, ownerId: req.user!.id } })
  res.sendFile(row.path) // ok: path-traversal
})

uploadsRouter.get('/by-name/:name', async (req, res) => {
  res.sendFile(req.params.name, { root: UPLOAD_DIR }) // ok: path-traversal
})

uploadsRouter.delete('/', async (req, res) => {
  const ids = String(req.query.ids ?? '').split(',')
  await prisma.$executeRawUnsafe(`DELETE FROM "Upload" WHERE id IN (${ids.map((id) => `'${id}'`).join(',')})`) // expect: sql-injection
  await prisma.$executeRaw`DELETE FROM "UploadTag" WHERE "uploadId" = ANY(${ids})` // ok: sql-injection
  await unlink(path.join(UPLOAD_DIR, 'tmp', path.basename(String(req.query.tmp ?? 'none')))).catch(() => undefined) // ok: path-traversal
  res.status(204).end()
})
