// corpus: path=src/routes/unsubscribe.ts
import type { Request, Response } from 'express'

export function unsubscribePage(req: Request, res: Response) {
  const email = String(req.query.email ?? '')
  res.send(`<!doctype html><p>We will stop sending mail to <b>${email}</b>.</p><form method="post"><button>Confirm</button></form>`) // expect: xss
}
