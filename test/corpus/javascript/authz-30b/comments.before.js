const Router = require('@koa/router')
const Comment = require('../models/comment')
const { requireUser } = require('../middleware/auth')

const router = new Router({ prefix: '/comments' })

router.patch('/:id', requireUser, async (ctx) => {
  const comment = await Comment.findOne({ _id: ctx.params.id, author: ctx.state.user._id })
  if (!comment) ctx.throw(404)
  comment.body = ctx.request.body.body
  await comment.save()
  ctx.body = comment
})

router.delete('/:id', requireUser, async (ctx) => {
  const result = await Comment.deleteOne({ _id: ctx.params.id, author: ctx.state.user._id })
  ctx.status = result.deletedCount ? 204 : 404
})

router.post('/:id/pin', requireUser, async (ctx) => {
  const comment = await Comment.findOneAndUpdate({ _id: ctx.params.id, author: ctx.state.user._id }, { pinned: true }, { new: true })
  if (!comment) ctx.throw(404)
  ctx.body = comment
})

module.exports = router
