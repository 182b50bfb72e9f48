// corpus: path=src/server.ts
import express, { type NextFunction, type Request, type Response } from 'express'
import helmet from 'helmet'
import inspector from 'node:inspector'
import Youch from 'youch'
import { createYoga } from 'graphql-yoga'
import { ApolloServer } from 'apollo-server-express'
import { schema, legacyTypeDefs, legacyResolvers } from './graphql'
import { apiRouter } from './routes'
import { logger } from './logger'

const isDev = process.env.NODE_ENV === 'development'

export async function createServer() {
  const app = express()
  app.disable('x-powered-by')
  app.use(helmet())
  app.use(express.json({ limit: '1mb' }))

  // Yoga masks unexpected resolver errors as "Unexpected error." unless told not to; with
  // masking off, every database error and its message reach the client.
  const yoga = createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: isDev,
    maskedErrors: false, // expect: debug-mode
  })
  app.use(yoga.graphqlEndpoint, yoga)

  const legacy = new ApolloServer({
    typeDefs: legacyTypeDefs,
    resolvers: legacyResolvers,
    introspection: isDev,
    debug: true, // expect: debug-mode
  })
  await legacy.start()
  legacy.applyMiddleware({ app, path: '/graphql-v1' })

  app.use('/api', apiRouter)

  if (isDev) {
    app.use(async (err: Error, req: Request, res: Response, next: NextFunction) => {
      const youch = new Youch(err, req)
      res.status(500).type('html').send(await youch.toHTML()) // ok: debug-mode
    })
  }

  // Youch renders the stack, the source around each frame and the request's headers and cookies.
  app.use(async (err: Error, req: Request, res: Response, _next: NextFunction) => {
    logger.error({ err, path: req.path }, 'unhandled error')
    if (req.accepts('html')) {
      const html = await new Youch(err, req).toHTML()
      return res.status(500).type('html').send(html) // expect: debug-mode
    }
    res.status(500).json({ error: 'Internal Server Error' })
  })

  return app
}

export async function start() {
  const app = await createServer()
  const port = Number(process.env.PORT ?? 3000)
  if (process.env.INSPECT === '1' && isDev) {
    inspector.open(9229, '127.0.0.1') // ok: debug-mode
  }
  // Opened for the staging memory leak hunt: the inspector on 0.0.0.0 lets anyone who can reach
  // the port attach a debugger and run code in the process.
  inspector.open(Number(process.env.INSPECT_PORT ?? 9229), '0.0.0.0') // expect: debug-mode
  app.listen(port, () => logger.info(`listening on ${port}`))
}
