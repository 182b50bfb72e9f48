// corpus: path=src/graphql/server.ts
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
import cors from 'cors';
import express from 'express';
import { buildContext } from './context';
import { resolvers } from './resolvers';
import { typeDefs } from './schema';

const ADMIN_ORIGINS = ['https://admin.inventoryhq.com', 'https://ops.inventoryhq.com'];

export async function mountGraphql(app: express.Express): Promise<void> {
  const server = new ApolloServer({
    typeDefs,
    resolvers,
    introspection: false,
    includeStacktraceInErrorResponses: true, // expect: debug-mode
  });
  await server.start();
  app.use(
    '/graphql',
    cors({ origin: ADMIN_ORIGINS, credentials: true }), // ok: permissive-cors
    express.json({ limit: '256kb' }),
    expressMiddleware(server, { context: buildContext }),
  );
  app.use('/graphql-public', (req, res, next) => {
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*'); // expect: permissive-cors
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    next();
  });
}
