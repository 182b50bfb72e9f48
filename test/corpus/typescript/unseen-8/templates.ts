// corpus: path=src/templates.ts
import { Router, type Request, type Response } from 'express';
import _ from 'lodash';
import Handlebars from 'handlebars';
import { db } from './db';

export const templatesRouter = Router();

templatesRouter.post('/:id/test', async (req: Request, res: Response) => {
  const tpl = await db.emailTemplate.findUniqueOrThrow({ where: { id: req.params.id } });
  const compiled = _.template(req.body.override ?? tpl.body); // expect: template-injection
  res.json({ html: compiled({ user: req.user }) });
});

templatesRouter.post('/:id/render', async (req: Request, res: Response) => {
  const tpl = await db.emailTemplate.findUniqueOrThrow({ where: { id: req.params.id } });
  const compiled = Handlebars.compile(tpl.body); // ok: template-injection
  res.json({ html: compiled({ user: req.user, vars: req.body.vars }) });
});

templatesRouter.post('/subject', (req: Request, res: Response) => {
  const subject = Handlebars.compile(String(req.body.subject))({ firstName: req.body.firstName }); // expect: template-injection
  res.json({ subject });
});
