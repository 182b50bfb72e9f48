// corpus: path=server/api/files/[...path].js
import { promises as fsp } from 'node:fs'
import { resolve, join, sep, extname } from 'node:path'
import { exec } from 'node:child_process'
import { promisify } from 'node:util'
import { useStorage } from '#imports'

const run = promisify(exec)
const ROOT = resolve(process.env.SHARE_ROOT || './share')
const PREVIEWABLE = new Set(['.png', '.jpg', '.pdf'])

export default defineEventHandler(async (event) => {
  const user = await requireUser(event)
  const rel = getRouterParam(event, 'path') || ''
  const method = event.method

  if (method === 'GET') {
    const { download, preview } = getQuery(event)
    if (preview) {
      const target = resolve(ROOT, rel)
      if (!target.startsWith(ROOT + sep) || !PREVIEWABLE.has(extname(target))) {
        throw createError({ statusCode: 400, statusMessage: 'Not previewable' })
      }
      const { stdout } = await run(`pdftoppm -png -singlefile "${target}" -`, { encoding: 'buffer' }) // expect: command-injection
      setHeader(event, 'Content-Type', 'image/png')
      return stdout
    }
    if (download) {
      setHeader(event, 'Content-Disposition', `attachment; filename="${download}"`) // expect: header-injection
    }
    return fsp.readFile(join(ROOT, rel)) // expect: path-traversal
  }

  if (method === 'PUT') {
    const target = resolve(ROOT, rel)
    if (!target.startsWith(ROOT + sep)) throw createError({ statusCode: 400, statusMessage: 'Bad path' })
    const body = await readRawBody(event, false)
    await fsp.writeFile(target, body) // ok: path-traversal
    await useStorage('audit').setItem(`put:${Date.now()}`, { user: user.id, path: rel })
    return { ok: true }
  }

  if (method === 'POST') {
    const { action, to } = await readBody(event)
    if (action === 'move') {
      await fsp.rename(join(ROOT, rel), join(ROOT, to)) // expect: path-traversal
      return { ok: true }
    }
    if (action === 'share') {
      const link = await $fetch('/api/links', { method: 'POST', body: { path: rel, owner: user.id } })
      return { link }
    }
    if (action === 'mirror') {
      const res = await $fetch(to, { responseType: 'arrayBuffer' }) // expect: ssrf
      await fsp.writeFile(join(ROOT, 'mirrors', `${Date.now()}.bin`), Buffer.from(res))
      return { ok: true }
    }
  }

  if (method === 'DELETE') {
    const target = resolve(ROOT, rel)
    if (!target.startsWith(ROOT + sep)) throw createError({ statusCode: 400, statusMessage: 'Bad path' })
    await fsp.rm(target, { recursive: true }) // ok: path-traversal
    return { ok: true }
  }

  throw createError({ statusCode: 405 })
})
