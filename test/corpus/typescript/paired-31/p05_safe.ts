// corpus: path=src/index.ts
import { Hono } from 'hono'
import { jwt } from 'hono/jwt'
import { listProjects } from './projects'

type Bindings = { JWT_SECRET: string }

const app = new Hono<{ Bindings: Bindings }>()

app.use('/api/*', (c, next) => jwt({ secret: c.env.JWT_SECRET })(c, next)) // ok: hardcoded-secret

app.get('/api/projects', async (c) => {
  const payload = c.get('jwtPayload')
  return c.json(await listProjects(payload.sub))
})

export default app
