// corpus: path=src/mail/templates.ts
import type { Request, Response } from 'express'
import Handlebars from 'handlebars'
import nunjucks from 'nunjucks'
import ejs from 'ejs'
import { z } from 'zod'

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader('templates/mail'), { autoescape: true })
const builtins: Record<string, HandlebarsTemplateDelegate> = {
  welcome: Handlebars.compile('<p>Hello {{name}}, welcome to {{team}}!</p>'),
  invoice: Handlebars.compile('<p>Invoice {{number}} is due on {{due}}.</p>'),
}
const PreviewBody = z.object({ template: z.enum(['welcome', 'invoice']), name: z.string().max(80) })

export function previewBuiltin(req: Request, res: Response) {
  const body = PreviewBody.parse(req.body)
  res.json({ html: builtins[body.template]!({ name: body.name, team: 'Acme', number: 'INV-1', due: 'Friday' }) }) // ok: template-injection
}

export function previewCustom(req: Request, res: Response) {
  const compiled = Handlebars.compile(String(req.body.source ?? '')) // expect: template-injection
  res.json({ html: compiled({ name: req.user?.name ?? 'there' }) })
}

export function previewNunjucks(req: Request, res: Response) {
  res.json({ html: env.renderString(String(req.body.source ?? ''), { name: req.user?.name }) }) // expect: template-injection
}

export function previewFile(req: Request, res: Response) {
  res.json({ html: env.render('welcome.njk', { name: String(req.body.name ?? '') }) }) // ok: template-injection
}

export async function previewEjs(req: Request, res: Response) {
  const html = await ejs.render(req.body.source, { user: req.user }, { async: true }) // expect: template-injection
  res.json({ html })
}
