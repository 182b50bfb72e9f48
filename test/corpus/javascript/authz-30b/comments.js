const Router = require('@koa/router')
const Comment = require('../models/comment')
const { requireUser } = require('../middleware/auth')

const router = new Router({ prefix: '/comments' })

router.patch('/:id', requireUser, async (ctx) => {
  const comment = await Comment.findById(ctx.params.id) // ok: missing-authorization
  if (!comment || !comment.author.equals(ctx.state.user._id)) ctx.throw(404)
  comment.body = ctx.request.body.body
  await comment.save()
  ctx.body = comment
})

router.delete('/:id', requireUser, async (ctx) => {
  const result = await Comment.findByIdAndDelete(ctx.params.id) // expect: missing-authorization
  ctx.status = result ? 204 : 404
})

router.post('/:id/pin', requireUser, async (ctx) => {
  const comment = await Comment.findOneAndUpdate({ _id: ctx.params.id }, { pinned: true, pinnedAt: new Date() }, { new: true }) // expect: missing-authorization
  if (!comment) ctx.throw(404)
  ctx.body = comment
})

module.exports = router
