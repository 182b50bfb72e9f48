// corpus: path=src/server.ts
import express, { type NextFunction, type Request, type Response } from 'express'
import { ApolloServer } from '@apollo/server'
import { typeDefs, resolvers } from './graphql'

const app = express()
const isProd = process.env.NODE_ENV === 'production'

export const apollo = new ApolloServer({
  typeDefs,
  resolvers,
  introspection: !isProd, // ok: debug-mode
  includeStacktraceInErrorResponses: !isProd, // ok: debug-mode
})

app.get('/healthz', (_req, res) => res.json({ ok: true }))

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err)
  res.status(500).json({ error: 'internal error', message: err.message, stack: err.stack }) // expect: debug-mode
})

export default app
