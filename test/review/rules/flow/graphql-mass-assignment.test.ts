/**
 * A GraphQL resolver's object-typed argument (`patch: Partial<Product>`) set whole onto a MongoDB document: every
 * key the client adds is stored. Fields named one by one stay quiet.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const TS = { path: 'src/graphql/catalog.resolvers.ts' }
const HELPER = "function products(ctx: Ctx) {\n  return ctx.mongo.db('catalog').collection('products')\n}\n"

testRule(registered('js/mass-assignment'), {
  valid: [
    { ...TS, code: `${HELPER}export const resolvers = {\n  Mutation: {\n    rename: async (_: unknown, args: { sku: string; name: string }, ctx: Ctx) => {\n      await products(ctx).updateOne({ sku: String(args.sku) }, { $set: { name: String(args.name) } })\n    },\n  },\n}\n` },
  ],
  invalid: [
    { ...TS, code: "export const resolvers = {\n  Mutation: {\n    update: async (_: unknown, args: { sku: string; patch: Partial<Product> }, ctx: Ctx) => {\n      await ctx.db.collection('products').updateOne({ sku: String(args.sku) }, { $set: args.patch })\n    },\n  },\n}\n", findings: [{ line: 4 }] },
    { ...TS, code: `${HELPER}export const resolvers = {\n  Mutation: {\n    update: async (_: unknown, args: { sku: string; patch: Partial<Product> }, ctx: Ctx) => {\n      await products(ctx).updateOne({ sku: String(args.sku) }, { $set: args.patch })\n    },\n  },\n}\n`, findings: [{ line: 7 }] },
  ],
})
