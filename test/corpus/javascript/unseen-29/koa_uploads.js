// corpus: path=src/routes/uploads.js
import Router from '@koa/router'
import { koaBody } from 'koa-body'
import path from 'node:path'
import fs from 'node:fs/promises'
import { spawn } from 'node:child_process'
import sharp from 'sharp'
import { nanoid } from 'nanoid'
import { requireUser } from '../middleware/auth.js'
import { uploads } from '../db.js'

const UPLOAD_DIR = path.resolve(process.env.UPLOAD_DIR ?? './data/uploads')
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp'])

const router = new Router({ prefix: '/uploads' })
const multipart = koaBody({ multipart: true, formidable: { maxFileSize: 20 * 1024 * 1024, keepExtensions: true } })

router.post('/', requireUser, multipart, async (ctx) => {
  const file = ctx.request.files?.file
  if (!file) ctx.throw(400, 'file is required')
  const folder = ctx.request.body.folder ?? 'misc'
  const target = path.join(UPLOAD_DIR, folder, file.originalFilename)
  await fs.mkdir(path.dirname(target), { recursive: true })
  await fs.rename(file.filepath, target) // expect: path-traversal
  ctx.status = 201
  ctx.body = { path: path.relative(UPLOAD_DIR, target) }
})

router.post('/avatar', requireUser, multipart, async (ctx) => {
  const file = ctx.request.files?.avatar
  if (!file || !IMAGE_TYPES.has(file.mimetype)) ctx.throw(415, 'unsupported image')
  const key = `${ctx.state.user.id}-${nanoid()}.webp`
  await sharp(file.filepath).resize(256, 256).webp().toFile(path.join(UPLOAD_DIR, 'avatars', key)) // ok: path-traversal
  await uploads.insertOne({ owner: ctx.state.user.id, key, kind: 'avatar' })
  ctx.body = { key }
})

router.get('/:key', requireUser, async (ctx) => {
  const key = path.basename(ctx.params.key)
  ctx.type = 'image/webp'
  ctx.body = await fs.readFile(path.join(UPLOAD_DIR, 'avatars', key)) // ok: path-traversal
})

router.post('/:key/optimize', requireUser, koaBody(), async (ctx) => {
  const { quality = '80' } = ctx.request.body
  const source = path.join(UPLOAD_DIR, 'avatars', path.basename(ctx.params.key))
  const child = spawn('sh', ['-c', `cwebp -q ${quality} ${source} -o ${source}.tmp && mv ${source}.tmp ${source}`]) // expect: command-injection
  await new Promise((resolve, reject) => child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`cwebp exited ${code}`)))))
  ctx.status = 204
})

router.post('/:key/strip', requireUser, koaBody(), async (ctx) => {
  const source = path.join(UPLOAD_DIR, 'avatars', path.basename(ctx.params.key))
  const child = spawn('exiftool', ['-all=', '-overwrite_original', source]) // ok: command-injection
  await new Promise((resolve) => child.on('close', resolve))
  ctx.status = 204
})

router.get('/:key/meta', requireUser, async (ctx) => {
  const doc = await uploads.findOne({ key: ctx.params.key, owner: ctx.state.user.id })
  if (!doc) ctx.throw(404)
  ctx.set('Cache-Control', 'private, max-age=60')
  ctx.body = doc
})

router.get('/:key/open', requireUser, async (ctx) => {
  ctx.set('Content-Type', ctx.query.type || 'application/octet-stream') // expect: header-injection
  ctx.body = await fs.readFile(path.join(UPLOAD_DIR, 'avatars', path.basename(ctx.params.key)))
})

router.delete('/:key', requireUser, async (ctx) => {
  const result = await uploads.deleteOne({ key: String(ctx.params.key), owner: ctx.state.user.id })
  ctx.status = result.deletedCount ? 204 : 404
})

export default router
