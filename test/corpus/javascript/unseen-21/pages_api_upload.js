// corpus: path=pages/api/upload.js
import formidable from 'formidable'
import fs from 'fs/promises'
import path from 'path'

export const config = { api: { bodyParser: false } }

const UPLOAD_DIR = path.join(process.cwd(), 'uploads')

export default async function handler(req, res) {
  if (req.method !== 'POST') return res.status(405).end()
  const form = formidable({ maxFileSize: 10 * 1024 * 1024 })
  const [fields, files] = await form.parse(req)
  const file = files.file?.[0]
  if (!file) return res.status(400).json({ error: 'no file' })
  const folder = fields.folder?.[0] || 'misc'
  const dest = path.join(UPLOAD_DIR, folder, file.originalFilename)
  await fs.mkdir(path.dirname(dest), { recursive: true })
  await fs.copyFile(file.filepath, dest) // expect: path-traversal
  const safeName = path.basename(file.originalFilename).replace(/[^\w.-]/g, '_')
  await fs.copyFile(file.filepath, path.join(UPLOAD_DIR, 'inbox', safeName)) // ok: path-traversal
  res.status(201).json({ stored: path.relative(UPLOAD_DIR, dest) })
}
