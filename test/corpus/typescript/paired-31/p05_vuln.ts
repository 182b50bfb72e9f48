// corpus: path=src/index.ts
import { Hono } from 'hono'
import { jwt } from 'hono/jwt'
import { listProjects } from './projects'

const app = new Hono()

app.use('/api/*', jwt({ secret: 'k7Qp2vX9mR4tW8zL1nB6cY3hJ5dF0sGa' })) // expect: hardcoded-secret

app.get('/api/projects', async (c) => {
  const payload = c.get('jwtPayload')
  return c.json(await listProjects(payload.sub))
})

export default app
