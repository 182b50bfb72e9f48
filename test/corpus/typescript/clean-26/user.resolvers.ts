// corpus: path=src/graphql/user.resolvers.ts
import { GraphQLError } from 'graphql'
import bcrypt from 'bcryptjs'
import { z } from 'zod'
import type { Resolvers } from '../generated/graphql'
import type { Context } from '../context'

function requireUser(ctx: Context) {
  if (!ctx.user) {
    throw new GraphQLError('Not authenticated', { extensions: { code: 'UNAUTHENTICATED' } })
  }
  return ctx.user
}

function requireAdmin(ctx: Context) {
  const user = requireUser(ctx)
  if (user.role !== 'ADMIN') {
    throw new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN' } })
  }
  return user
}

const UpdateProfileInput = z.object({
  displayName: z.string().trim().min(1).max(80).optional(),
  locale: z.enum(['en', 'de', 'fr']).optional(),
  timezone: z.string().max(64).optional(),
})

const ChangePasswordInput = z.object({
  currentPassword: z.string().min(1),
  newPassword: z.string().min(12).max(128),
})

function validationError(issues: z.ZodIssue[]): GraphQLError {
  return new GraphQLError('Invalid input', {
    extensions: {
      code: 'BAD_USER_INPUT',
      fields: issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    },
  })
}

export const userResolvers: Resolvers<Context> = {
  Query: {
    me: (_parent, _args, ctx) => requireUser(ctx),
    user: async (_parent, { id }, ctx) => {
      requireUser(ctx)
      return ctx.loaders.user.load(id)
    },
    users: async (_parent, { first, after }, ctx) => {
      requireAdmin(ctx)
      const limit = Math.min(first ?? 20, 100)
      const rows = await ctx.db.user.findMany({
        take: limit + 1,
        ...(after ? { cursor: { id: after }, skip: 1 } : {}),
        orderBy: { createdAt: 'desc' },
        select: { id: true, displayName: true, email: true, role: true, createdAt: true },
      })
      return {
        nodes: rows.slice(0, limit),
        pageInfo: { hasNextPage: rows.length > limit, endCursor: rows[Math.min(limit, rows.length) - 1]?.id ?? null },
      }
    },
  },
  Mutation: {
    updateProfile: async (_parent, { input }, ctx) => {
      const user = requireUser(ctx)
      const parsed = UpdateProfileInput.safeParse(input)
      if (!parsed.success) throw validationError(parsed.error.issues)
      return ctx.db.user.update({ where: { id: user.id }, data: parsed.data })
    },
    changePassword: async (_parent, { input }, ctx) => {
      const user = requireUser(ctx)
      const parsed = ChangePasswordInput.safeParse(input)
      if (!parsed.success) throw validationError(parsed.error.issues)
      const record = await ctx.db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } })
      const matches = await bcrypt.compare(parsed.data.currentPassword, record.passwordHash)
      if (!matches) {
        throw new GraphQLError('Current password is incorrect', { extensions: { code: 'BAD_USER_INPUT' } })
      }
      await ctx.db.user.update({
        where: { id: user.id },
        data: { passwordHash: await bcrypt.hash(parsed.data.newPassword, 12), passwordChangedAt: new Date() },
      })
      await ctx.db.session.deleteMany({ where: { userId: user.id, NOT: { id: ctx.sessionId } } })
      return true
    },
    deleteUser: async (_parent, { id }, ctx) => {
      const admin = requireAdmin(ctx)
      if (admin.id === id) {
        throw new GraphQLError('You cannot delete your own account here', { extensions: { code: 'BAD_USER_INPUT' } })
      }
      await ctx.db.user.delete({ where: { id } })
      ctx.log.info({ actor: admin.id, target: id }, 'user deleted')
      return true
    },
  },
  User: {
    email: (user, _args, ctx) => (ctx.user?.id === user.id || ctx.user?.role === 'ADMIN' ? user.email : null),
    passwordChangedAt: (user, _args, ctx) => (ctx.user?.id === user.id ? user.passwordChangedAt : null),
  },
}
