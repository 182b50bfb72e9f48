import type { NextApiRequest, NextApiResponse } from 'next'
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { getSession } from '@/lib/session'
import { db } from '@/lib/db'

const TEMPLATE_DIR = path.join(process.cwd(), 'templates')

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getSession(req)
  if (!session) return res.status(401).json({ error: 'unauthorized' })

  const { template, locale, format } = req.query as Record<string, string>
  const { variables, formula } = req.body ?? {}
  const user = await db.user.findUnique({ where: { id: session.userId } })

  const name = ['invoice', 'receipt', 'statement'].includes(template) ? template : 'invoice'
  const source = fs.readFileSync(path.join(TEMPLATE_DIR, `${name}.html`), 'utf8')
  const html = source.replace(/\{\{(\w+)\}\}/g, (_, key) => String(variables?.[key] ?? ''))

  res.setHeader('content-type', 'text/html; charset=utf-8')
  res.status(200).send(html)
}
