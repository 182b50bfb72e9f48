// corpus: path=pages/api/email-templates/[id].ts
import type { NextApiRequest, NextApiResponse } from 'next'
import Handlebars from 'handlebars'
import nunjucks from 'nunjucks'
import ejs from 'ejs'
import { getSession } from '@/lib/session'
import { db } from '@/lib/db'
import { sendMail } from '@/lib/mailer'

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader('templates/email'), { autoescape: true })

interface TemplateRow {
  id: string
  subject: string
  body: string
  ownerId: string
}

async function loadTemplate(id: string): Promise<TemplateRow | null> {
  return db.emailTemplate.findUnique({ where: { id } })
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getSession(req, res)
  if (!session) return res.status(401).json({ error: 'unauthorized' })
  const id = String(req.query.id)

  if (req.method === 'PUT') {
    const { subject, body } = req.body as { subject: string; body: string }
    const saved = await db.emailTemplate.upsert({
      where: { id },
      create: { id, subject, body, ownerId: session.userId },
      update: { subject, body },
    })
    return res.status(200).json(saved)
  }

  if (req.method === 'POST') {
    const template = await loadTemplate(id)
    if (!template) return res.status(404).json({ error: 'not found' })
    const render = Handlebars.compile(template.body) // expect: template-injection
    const html = render({ user: session.user, unsubscribeUrl: `${process.env.APP_URL}/unsubscribe` })
    await sendMail({ to: session.user.email, subject: template.subject, html })
    return res.status(202).json({ sent: true })
  }

  if (req.method === 'GET' && req.query.preview) {
    const html = ejs.render(String(req.query.preview), { user: session.user }) // expect: template-injection
    return res.status(200).send(html)
  }

  const html = env.render('digest.njk', { user: session.user, items: [] }) // ok: template-injection
  return res.status(200).send(html)
}

export async function renderSnippet(req: NextApiRequest, res: NextApiResponse) {
  const snippet = nunjucks.renderString(req.body.snippet, { name: 'preview' }) // expect: template-injection
  res.status(200).json({ snippet })
}

export async function renderGreeting(req: NextApiRequest, res: NextApiResponse) {
  const greeting = Handlebars.compile('Hello {{name}}, welcome back!')({ name: req.body.name }) // ok: template-injection
  res.status(200).json({ greeting })
}
