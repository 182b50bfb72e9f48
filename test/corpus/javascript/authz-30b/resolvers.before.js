const { AuthenticationError, ForbiddenError } = require('apollo-server-express')
const { Comment, Post } = require('../models')

module.exports = {
  Query: {
    post: (_, { id }) => Post.findByPk(id),
    drafts: async (_, __, context) => {
      if (!context.user) throw new AuthenticationError('You must be signed in')
      return Post.findAll({ where: { authorId: context.user.id, published: false } })
    },
  },
  Mutation: {
    deleteComment: async (_, { id }, context) => {
      if (!context.user) throw new AuthenticationError('You must be signed in')
      const comment = await Comment.findByPk(id)
      if (!comment) return false
      if (comment.authorId !== context.user.id && !context.user.isModerator) {
        throw new ForbiddenError('Not your comment')
      }
      await comment.destroy()
      return true
    },
    publishPost: async (_, { id }, context) => {
      if (!context.user) throw new AuthenticationError('You must be signed in')
      const post = await Post.findOne({ where: { id, authorId: context.user.id } })
      if (!post) return null
      return post.update({ published: true, publishedAt: new Date() })
    },
  },
}
