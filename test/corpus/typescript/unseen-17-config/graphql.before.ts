import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
import cors from 'cors';
import express from 'express';
import { buildContext } from './context';
import { resolvers } from './resolvers';
import { typeDefs } from './schema';

export async function mountGraphql(app: express.Express): Promise<void> {
  const server = new ApolloServer({
    typeDefs,
    resolvers,
    introspection: false,
  });
  await server.start();
  app.use(
    '/graphql',
    cors({ origin: ['https://admin.inventoryhq.com'], credentials: true }),
    express.json({ limit: '256kb' }),
    expressMiddleware(server, { context: buildContext }),
  );
}
