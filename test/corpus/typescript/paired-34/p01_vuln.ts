// corpus: path=src/routes/unsubscribe.ts
import Router from '@koa/router'
import type { Context } from 'koa'
import { MailingLists } from '../services/mailing-lists'

const router = new Router()
const lists = new MailingLists()

router.get('/unsubscribe', async (ctx: Context) => {
  const email = String(ctx.query.email ?? '')
  const list = await lists.describe(String(ctx.query.list ?? 'newsletter'))
  ctx.type = 'html'
  ctx.body = `<!doctype html><h1>Unsubscribe</h1><p>Stop sending <b>${list.title}</b> to ${email}?</p>` + // expect: xss
    `<form method="post"><input type="hidden" name="email" value="${email}"><button>Confirm</button></form>`
})

export default router
