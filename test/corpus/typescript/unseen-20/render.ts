// corpus: path=pages/api/render.ts
import type { NextApiRequest, NextApiResponse } from 'next'
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import escapeHtml from 'escape-html'
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
  const localized = fs.readFileSync(path.join(TEMPLATE_DIR, locale, `${name}.html`), 'utf8') // expect: path-traversal
  const html = source.replace(/\{\{(\w+)\}\}/g, (_, key) => escapeHtml(String(variables?.[key] ?? '')))
  const total = formula ? vm.runInNewContext(formula, { lines: variables?.lines ?? [] }) : 0 // expect: code-injection

  if (format === 'debug') {
    res.setHeader('content-type', 'text/html; charset=utf-8')
    return res.status(200).send(`<pre>${JSON.stringify(variables)}</pre><p>${user?.name}</p>`) // expect: xss
  }

  res.setHeader('content-type', 'text/html; charset=utf-8')
  res.status(200).send(html.replace('{{total}}', String(Number(total)))) // ok: xss
  void localized
}
