// corpus: path=server/api/avatars/upload.post.js
import { writeFile, mkdir } from 'node:fs/promises'
import { join, extname } from 'node:path'
import { randomUUID } from 'node:crypto'

const AVATARS = useRuntimeConfig().avatarsDir
const TYPES = new Set(['.png', '.jpg', '.webp'])

export default defineEventHandler(async (event) => {
  const user = await requireUserSession(event)
  const parts = await readMultipartFormData(event)
  const file = parts?.find((p) => p.name === 'avatar')
  if (!file?.filename || !TYPES.has(extname(file.filename))) throw createError({ statusCode: 400, statusMessage: 'Unsupported image' })

  await mkdir(join(AVATARS, String(user.id)), { recursive: true })
  await writeFile(join(AVATARS, String(user.id), file.filename), file.data) // expect: path-traversal

  const stored = `${randomUUID()}${extname(file.filename)}`
  await writeFile(join(AVATARS, String(user.id), stored), file.data) // ok: path-traversal

  const { crop } = getQuery(event)
  if (crop) {
    const res = await $fetch(crop, { method: 'POST', body: { path: stored } }) // expect: ssrf
    return { stored, crop: res }
  }
  return { stored }
})
