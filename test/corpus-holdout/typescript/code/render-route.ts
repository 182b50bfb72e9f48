// corpus: path=src/routes/render.ts
import { Hono } from 'hono'
import nunjucks from 'nunjucks'
import Mustache from 'mustache'

const app = new Hono()
const env = new nunjucks.Environment(new nunjucks.FileSystemLoader('views'), { autoescape: true })

app.post('/preview', async (c) => {
  const { template, data } = await c.req.json<{ template: string; data: Record<string, unknown> }>()
  return c.html(env.renderString(template, data)) // expect: template-injection
})

app.post('/preview/mustache', async (c) => {
  const { template, data } = await c.req.json<{ template: string; data: Record<string, unknown> }>()
  return c.text(Mustache.render(template, data)) // ok: template-injection
})

app.get('/page/:name', (c) => {
  const name = c.req.param('name')
  const allowed = ['home', 'about', 'pricing']
  if (!allowed.includes(name)) return c.notFound()
  return c.html(env.render(`${name}.njk`, { user: c.get('user' as never) })) // ok: template-injection
})

app.post('/calc', async (c) => {
  const { expr } = await c.req.json<{ expr: string }>()
  return c.json({ result: eval(expr) }) // expect: code-injection
})

export default app
