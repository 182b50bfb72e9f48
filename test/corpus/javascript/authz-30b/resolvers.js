const { AuthenticationError, ForbiddenError } = require('apollo-server-express')
const { Comment, Post } = require('../models')
const { requireUser } = require('../auth/guards')

module.exports = {
  Query: {
    post: (_, { id }) => Post.findByPk(id),
    drafts: requireUser(async (_, __, context) => { // ok: missing-authorization
      return Post.findAll({ where: { authorId: context.user.id, published: false } })
    }),
  },
  Mutation: {
    deleteComment: async (_, { id }, context) => {
      if (!context.user) throw new AuthenticationError('You must be signed in')
      const comment = await Comment.findByPk(id)
      if (!comment) return false
      await comment.destroy({ force: true }) // expect: missing-authorization
      return true
    },
    publishPost: async (_, { id }, context) => {
      const post = await Post.findByPk(id) // expect: missing-authorization
      if (!post) return null
      return post.update({ published: true, publishedAt: new Date() })
    },
  },
}
