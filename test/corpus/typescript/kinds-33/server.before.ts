import express, { type NextFunction, type Request, type Response } from 'express'
import helmet from 'helmet'
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

  const yoga = createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: isDev,
  })
  app.use(yoga.graphqlEndpoint, yoga)

  const legacy = new ApolloServer({
    typeDefs: legacyTypeDefs,
    resolvers: legacyResolvers,
    introspection: isDev,
  })
  await legacy.start()
  legacy.applyMiddleware({ app, path: '/graphql-v1' })

  app.use('/api', apiRouter)

  app.use((err: Error, req: Request, res: Response, _next: NextFunction) => {
    logger.error({ err, path: req.path }, 'unhandled error')
    res.status(500).json({ error: 'Internal Server Error' })
  })

  return app
}

export async function start() {
  const app = await createServer()
  const port = Number(process.env.PORT ?? 3000)
  app.listen(port, () => logger.info(`listening on ${port}`))
}
