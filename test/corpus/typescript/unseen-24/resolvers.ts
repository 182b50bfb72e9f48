// corpus: path=src/graphql/resolvers.ts
import { GraphQLError } from 'graphql'
import type { Knex } from 'knex'
import type { Db } from 'mongodb'
import { ObjectId } from 'mongodb'
import { createHash, randomBytes } from 'node:crypto'
import type { Resolvers } from './__generated__/types'

export interface Context {
  knex: Knex
  mongo: Db
  user: { id: string; orgId: string; role: 'admin' | 'member' } | null
}

const SORT_COLUMNS: Record<string, string> = { newest: 'created_at', title: 'title', price: 'price_cents' }

function requireUser(ctx: Context) {
  if (!ctx.user) throw new GraphQLError('Unauthenticated', { extensions: { code: 'UNAUTHENTICATED' } })
  return ctx.user
}

export const resolvers: Resolvers<Context> = {
  Query: {
    async products(_parent, { search, sort, first }, ctx) {
      const user = requireUser(ctx)
      const column = SORT_COLUMNS[sort ?? 'newest'] ?? 'created_at'
      return ctx.knex('products')
        .where({ org_id: user.orgId })
        .andWhereRaw('title ILIKE ?', [`%${search ?? ''}%`]) // ok: sql-injection
        .orderBy(column, 'desc') // ok: sql-injection
        .limit(Math.min(first ?? 20, 100))
    },

    async productsByTag(_parent, { tag }, ctx) {
      const user = requireUser(ctx)
      return ctx.knex.raw(`SELECT p.* FROM products p JOIN product_tags t ON t.product_id = p.id WHERE p.org_id = ? AND t.tag = '${tag}'`, [user.orgId]) // expect: sql-injection
    },

    async report(_parent, { groupBy }, ctx) {
      const user = requireUser(ctx)
      if (user.role !== 'admin') throw new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN' } })
      return ctx.knex('orders').select(ctx.knex.raw(`${groupBy} AS bucket, count(*) AS n`)).where({ org_id: user.orgId }).groupByRaw(groupBy) // expect: sql-injection
    },

    async events(_parent, { filter }, ctx) {
      const user = requireUser(ctx)
      return ctx.mongo.collection('events').find({ orgId: user.orgId, ...filter }).limit(100).toArray() // expect: nosql-injection
    },

    async event(_parent, { id }, ctx) {
      const user = requireUser(ctx)
      return ctx.mongo.collection('events').findOne({ _id: new ObjectId(id), orgId: user.orgId }) // ok: nosql-injection
    },

    async eventsByType(_parent, { type }, ctx) {
      const user = requireUser(ctx)
      return ctx.mongo.collection('events').find({ orgId: user.orgId, type: String(type) }).toArray() // ok: nosql-injection
    },
  },

  Mutation: {
    async updateProduct(_parent, { id, input }, ctx) {
      const user = requireUser(ctx)
      const [row] = await ctx.knex('products')
        .where({ id, org_id: user.orgId })
        .update({ title: input.title, description: input.description, price_cents: input.priceCents }) // ok: mass-assignment
        .returning('*')
      if (!row) throw new GraphQLError('Not found', { extensions: { code: 'NOT_FOUND' } })
      return row
    },

    async updateMe(_parent, { patch }, ctx) {
      const user = requireUser(ctx)
      await ctx.knex('users').where({ id: user.id }).update(patch) // expect: mass-assignment
      return ctx.knex('users').where({ id: user.id }).first()
    },

    async createInvite(_parent, { email }, ctx) {
      const user = requireUser(ctx)
      const token = randomBytes(32).toString('base64url') // ok: insecure-random
      const tokenHash = createHash('sha256').update(token).digest('hex') // ok: weak-hash
      await ctx.knex('invites').insert({ org_id: user.orgId, email, token_hash: tokenHash, invited_by: user.id })
      return { email, url: `https://app.example.com/invite/${token}` }
    },

    async rotateApiKey(_parent, _args, ctx) {
      const user = requireUser(ctx)
      const key = `sk_${Math.random().toString(36).slice(2)}${Date.now().toString(36)}` // expect: insecure-random
      const keyHash = createHash('md5').update(key).digest('hex') // expect: weak-hash
      await ctx.knex('api_keys').insert({ org_id: user.orgId, key_hash: keyHash, created_by: user.id })
      return { key }
    },
  },
}
