import { GraphQLError } from 'graphql'
import type { Resolvers } from '../generated/graphql'
import type { Context } from '../context'

function requireUser(ctx: Context) {
  if (!ctx.user) {
    throw new GraphQLError('Not authenticated', { extensions: { code: 'UNAUTHENTICATED' } })
  }
  return ctx.user
}

export const userResolvers: Resolvers<Context> = {
  Query: {
    me: (_parent, _args, ctx) => requireUser(ctx),
    user: async (_parent, { id }, ctx) => {
      requireUser(ctx)
      return ctx.loaders.user.load(id)
    },
  },
  User: {
    email: (user, _args, ctx) => (ctx.user?.id === user.id ? user.email : null),
  },
}
