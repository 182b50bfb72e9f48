// corpus: path=src/templates/render.ts
import Handlebars from 'handlebars'
import type { Request, Response } from 'express'

const TEMPLATES: Record<string, HandlebarsTemplateDelegate> = {
  welcome: Handlebars.compile('<h1>Welcome, {{user.name}}</h1>'),
  goodbye: Handlebars.compile('<h1>See you, {{user.name}}</h1>'),
}

export function renderCustom(req: Request, res: Response) {
  const template = TEMPLATES[String(req.body.template)] ?? TEMPLATES.welcome! // ok: template-injection
  res.type('html').send(template({ user: res.locals.user }))
}
