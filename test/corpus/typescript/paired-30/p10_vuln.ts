// corpus: path=src/routes/tags.ts
import Router from '@koa/router'
import { allTags } from '../services/tags'

export const tags = new Router()

tags.get('/tags', async (ctx) => {
  const matcher = new RegExp(String(ctx.query.match ?? ''), 'i') // expect: regex-injection
  ctx.body = (await allTags()).filter((t) => matcher.test(t.label))
})
