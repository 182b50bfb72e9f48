// corpus: path=src/graphql/resolvers.ts
import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import axios from 'axios';
import type { Knex } from 'knex';
import { typeDefs } from './schema';

interface Ctx { db: Knex; userId: string | null }

const resolvers = {
  Query: {
    products: async (_: unknown, args: { category?: string; orderBy?: string }, { db }: Ctx) => {
      const q = db('products').select('id', 'name', 'price');
      if (args.category) q.where('category', args.category); // ok: sql-injection
      if (args.orderBy) q.orderByRaw(`${args.orderBy} DESC`); // expect: sql-injection
      return q;
    },
    productSearch: async (_: unknown, { term }: { term: string }, { db }: Ctx) => {
      return db.raw(`SELECT id, name FROM products WHERE name ILIKE '%${term}%'`); // expect: sql-injection
    },
    productByName: async (_: unknown, { name }: { name: string }, { db }: Ctx) => {
      return db.raw('SELECT id, name FROM products WHERE name = ?', [name]); // ok: sql-injection
    },
  },
  Mutation: {
    importCatalog: async (_: unknown, { feedUrl }: { feedUrl: string }, { userId }: Ctx) => {
      if (!userId) throw new GraphQLError('unauthenticated');
      const { data } = await axios.get(feedUrl, { timeout: 10_000 }); // expect: ssrf
      return { imported: Array.isArray(data) ? data.length : 0 };
    },
    notifyPartner: async (_: unknown, { partnerId }: { partnerId: string }) => {
      const { data } = await axios.post(`https://partners.example.com/api/${encodeURIComponent(partnerId)}/notify`); // ok: ssrf
      return data.ok === true;
    },
  },
};

export const server = new ApolloServer<Ctx>({
  typeDefs,
  resolvers,
  introspection: true,
  includeStacktraceInErrorResponses: true, // expect: debug-mode
});

export const prodServer = new ApolloServer<Ctx>({
  typeDefs,
  resolvers,
  includeStacktraceInErrorResponses: process.env.NODE_ENV === 'development', // ok: debug-mode
});
