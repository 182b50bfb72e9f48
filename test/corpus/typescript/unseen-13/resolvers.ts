// corpus: path=src/graphql/resolvers.ts
import nunjucks from 'nunjucks'
import { createHash, randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'
import { GraphQLError } from 'graphql'
import type { Context } from './context'

const scrypt = promisify(scryptCb) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>
const env = new nunjucks.Environment(new nunjucks.FileSystemLoader('templates'), { autoescape: true })

export const resolvers = {
  Query: {
    me: (_: unknown, __: unknown, ctx: Context) => ctx.user,
    invoicePreview: async (_: unknown, args: { id: string }, ctx: Context) => {
      const invoice = await ctx.db.invoice.findUniqueOrThrow({ where: { id: args.id } })
      return env.render('invoice.njk', { invoice, customer: ctx.user }) // ok: template-injection
    },
    emailPreview: (_: unknown, args: { template: string; data: string }) => {
      return nunjucks.renderString(args.template, JSON.parse(args.data)) // expect: template-injection
    },
  },
  Mutation: {
    register: async (_: unknown, args: { email: string; password: string }, ctx: Context) => {
      const salt = randomBytes(16)
      const hash = await scrypt(args.password, salt, 64)
      return ctx.db.user.create({ data: { email: args.email, salt: salt.toString('hex'), hash: hash.toString('hex') } })
    },
    login: async (_: unknown, args: { email: string; password: string }, ctx: Context) => {
      const user = await ctx.db.user.findUnique({ where: { email: args.email } })
      if (!user) throw new GraphQLError('invalid credentials')
      if (user.legacy) {
        const legacy = createHash('sha1').update(args.password).digest('hex') // expect: weak-hash
        if (legacy !== user.hash) throw new GraphQLError('invalid credentials')
        return ctx.sessions.issue(user.id)
      }
      const hash = await scrypt(args.password, Buffer.from(user.salt, 'hex'), 64)
      if (!timingSafeEqual(hash, Buffer.from(user.hash, 'hex'))) throw new GraphQLError('invalid credentials')
      return ctx.sessions.issue(user.id)
    },
    uploadAvatar: async (_: unknown, args: { data: string }, ctx: Context) => {
      const bytes = Buffer.from(args.data, 'base64')
      const key = createHash('sha256').update(bytes).digest('hex') // ok: weak-hash
      await ctx.storage.put(`avatars/${key}`, bytes)
      return ctx.db.user.update({ where: { id: ctx.user!.id }, data: { avatarKey: key } })
    },
    cacheKey: (_: unknown, args: { query: string }) => {
      return createHash('md5').update(args.query).digest('hex') // ok: weak-hash
    },
  },
}
