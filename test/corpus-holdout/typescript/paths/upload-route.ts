// corpus: path=pages/api/files/[name].ts
import fs from 'node:fs/promises'
import path from 'node:path'
import type { NextApiRequest, NextApiResponse } from 'next'

const ROOT = path.join(process.cwd(), 'uploads')

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const name = String(req.query.name)
  if (req.method === 'GET') {
    const data = await fs.readFile(path.join(ROOT, name)) // expect: path-traversal
    res.setHeader('Content-Type', 'application/octet-stream')
    return res.send(data)
  }
  if (req.method === 'PUT') {
    const safe = path.basename(name)
    await fs.writeFile(path.join(ROOT, safe), req.body) // ok: path-traversal
    return res.status(204).end()
  }
  if (req.method === 'DELETE') {
    await fs.rm(path.resolve(ROOT, name), { force: true }) // expect: path-traversal
    return res.status(204).end()
  }
  res.setHeader('Allow', 'GET, PUT, DELETE')
  return res.status(405).end()
}
