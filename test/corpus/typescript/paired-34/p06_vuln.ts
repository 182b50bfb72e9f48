// corpus: path=src/graphql/server.ts
import { ApolloServer } from '@apollo/server'
import { expressMiddleware } from '@apollo/server/express4'
import express from 'express'
import { resolvers, typeDefs } from './schema'

export async function mountGraphql(app: express.Express): Promise<void> {
  const server = new ApolloServer({ // expect: debug-mode
    typeDefs,
    resolvers,
    includeStacktraceInErrorResponses: true,
  })
  await server.start()
  app.use('/graphql', express.json(), expressMiddleware(server))
}
