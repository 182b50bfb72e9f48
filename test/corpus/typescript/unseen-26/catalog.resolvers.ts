// corpus: path=src/graphql/catalog.resolvers.ts
import { GraphQLError } from 'graphql'
import type { Collection, Filter } from 'mongodb'
import escapeStringRegexp from 'escape-string-regexp'
import type { GqlContext } from '../context'

interface Product {
  _id: string
  sku: string
  name: string
  price: number
  tags: string[]
  ownerId: string
}

function products(ctx: GqlContext): Collection<Product> {
  return ctx.mongo.db('catalog').collection<Product>('products')
}

export const catalogResolvers = {
  Query: {
    product: async (_: unknown, args: { sku: string }, ctx: GqlContext) => {
      return products(ctx).findOne({ sku: String(args.sku) }) // ok: nosql-injection
    },
    searchProducts: async (_: unknown, args: { text: string; maxPrice?: number }, ctx: GqlContext) => {
      const filter: Filter<Product> = { name: { $regex: escapeStringRegexp(args.text), $options: 'i' } } // ok: regex-injection
      if (args.maxPrice !== undefined) filter.price = { $lte: Number(args.maxPrice) }
      return products(ctx).find(filter).limit(50).toArray()
    },
    productsByPattern: async (_: unknown, args: { pattern: string }, ctx: GqlContext) => {
      return products(ctx).find({ sku: { $regex: args.pattern } }).limit(50).toArray() // expect: regex-injection
    },
    productsWhere: async (_: unknown, args: { filter: Record<string, unknown> }, ctx: GqlContext) => {
      return products(ctx).find(args.filter).limit(50).toArray() // expect: nosql-injection
    },
    cheaperThan: async (_: unknown, args: { expr: string }, ctx: GqlContext) => {
      return products(ctx).find({ $where: `this.price < ${args.expr}` }).toArray() // expect: nosql-injection
    },
  },
  Mutation: {
    updateProduct: async (_: unknown, args: { sku: string; patch: Partial<Product> }, ctx: GqlContext) => {
      if (!ctx.user) throw new GraphQLError('Not authenticated', { extensions: { code: 'UNAUTHENTICATED' } })
      const existing = await products(ctx).findOne({ sku: String(args.sku), ownerId: ctx.user.id })
      if (!existing) throw new GraphQLError('Not found', { extensions: { code: 'NOT_FOUND' } })
      await products(ctx).updateOne({ _id: existing._id }, { $set: args.patch }) // expect: mass-assignment
      return products(ctx).findOne({ _id: existing._id })
    },
    renameProduct: async (_: unknown, args: { sku: string; name: string }, ctx: GqlContext) => {
      if (!ctx.user) throw new GraphQLError('Not authenticated', { extensions: { code: 'UNAUTHENTICATED' } })
      const result = await products(ctx).updateOne({ sku: String(args.sku), ownerId: ctx.user.id }, { $set: { name: String(args.name) } }) // ok: mass-assignment
      return result.modifiedCount === 1
    },
    importProducts: async (_: unknown, args: { url: string }, ctx: GqlContext) => {
      try {
        const res = await fetch(args.url) // expect: ssrf
        const rows = (await res.json()) as Product[]
        await products(ctx).insertMany(rows.map((r) => ({ ...r, ownerId: ctx.user!.id })))
        return rows.length
      } catch (err) {
        throw new GraphQLError('Import failed', { extensions: { code: 'IMPORT_FAILED', detail: (err as Error).stack } }) // expect: error-exposure
      }
    },
  },
}
