/**
 * GraphQL resolver arguments its TypeScript annotation types as objects (`filter: Record<string, unknown>`): a JSON
 * scalar or input object the client writes whole, so used as a MongoDB filter it is the client's query, operators
 * included. An argument typed `string` is text GraphQL itself checked, and stays a look-alike.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const TS = { path: 'src/graphql/catalog.resolvers.ts' }

testRule(registered('js/nosql-injection'), {
  valid: [
    { ...TS, code: "export const resolvers = {\n  Query: {\n    products: async (_: unknown, args: { sku: string }, ctx: Ctx) => {\n      return ctx.db.collection('products').find(args.sku).toArray()\n    },\n  },\n}\n" },
  ],
  invalid: [
    { ...TS, code: "export const resolvers = {\n  Query: {\n    products: async (_: unknown, args: { filter: Record<string, unknown> }, ctx: Ctx) => {\n      return ctx.db.collection('products').find(args.filter).toArray()\n    },\n  },\n}\n", findings: [{ line: 4 }] },
    { ...TS, code: "function products(ctx: Ctx) {\n  return ctx.mongo.db('catalog').collection('products')\n}\nexport const resolvers = {\n  Query: {\n    products: async (_: unknown, args: { filter: Record<string, unknown> }, ctx: Ctx) => {\n      return products(ctx).find(args.filter).limit(50).toArray()\n    },\n  },\n}\n", findings: [{ line: 7 }] },
    { ...TS, code: "export const resolvers = {\n  Query: {\n    products: async (_: unknown, { filter }: { filter: Record<string, unknown> }, ctx: Ctx) => {\n      return ctx.db.collection('products').find(filter).toArray()\n    },\n  },\n}\n", findings: [{ line: 4 }] },
  ],
})
