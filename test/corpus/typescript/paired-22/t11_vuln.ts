// corpus: path=src/templates/render.ts
import Handlebars from 'handlebars'
import type { Request, Response } from 'express'

export function renderCustom(req: Request, res: Response) {
  const template = Handlebars.compile(req.body.template) // expect: template-injection
  res.type('html').send(template({ user: res.locals.user }))
}
