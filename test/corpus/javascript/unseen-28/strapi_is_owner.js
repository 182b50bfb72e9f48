// corpus: path=src/api/article/policies/is-owner-or-webhook.js
'use strict'

const crypto = require('crypto')

function safeEqual(a, b) {
  const left = Buffer.from(String(a || ''))
  const right = Buffer.from(String(b || ''))
  return left.length === right.length && crypto.timingSafeEqual(left, right)
}

module.exports = async (policyContext, config, { strapi }) => {
  const { request } = policyContext
  const signature = request.header['x-cms-signature']
  if (signature) {
    const expected = crypto.createHmac('sha256', process.env.CMS_WEBHOOK_SECRET).update(JSON.stringify(request.body)).digest('hex')
    return safeEqual(signature, expected) // ok: timing-unsafe-comparison
  }

  const token = request.header['x-legacy-token']
  if (token) {
    strapi.log.info(`legacy token used from ${request.ip}: ${token}`) // expect: sensitive-logging, log-injection
    return token === process.env.LEGACY_SYNC_TOKEN // expect: timing-unsafe-comparison
  }

  const user = policyContext.state.user
  if (!user) return false
  const id = policyContext.params.id
  const article = await strapi.db.query('api::article.article').findOne({ where: { id, author: user.id } })
  return Boolean(article)
}
