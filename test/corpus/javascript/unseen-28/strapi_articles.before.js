'use strict'

const { createCoreController } = require('@strapi/strapi').factories

module.exports = createCoreController('api::article.article', ({ strapi }) => ({
  async find(ctx) {
    const { data, meta } = await super.find(ctx)
    return { data, meta }
  },

  async findBySlug(ctx) {
    const entity = await strapi.db.query('api::article.article').findOne({
      where: { slug: ctx.params.slug, publishedAt: { $notNull: true } },
      populate: ['cover', 'author'],
    })
    if (!entity) return ctx.notFound()
    const sanitized = await this.sanitizeOutput(entity, ctx)
    return this.transformResponse(sanitized)
  },
}))
