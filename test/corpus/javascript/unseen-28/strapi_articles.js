// corpus: path=src/api/article/controllers/article.js
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

  async byTag(ctx) {
    const tag = ctx.query.tag
    const rows = await strapi.db.connection.raw(`SELECT a.id, a.title FROM articles a JOIN articles_tags_links l ON l.article_id = a.id JOIN tags t ON t.id = l.tag_id WHERE t.name = '${tag}'`) // expect: sql-injection
    return { data: rows.rows }
  },

  async byAuthor(ctx) {
    const rows = await strapi.db.connection.raw('SELECT id, title FROM articles WHERE author_id = ?', [ctx.params.authorId]) // ok: sql-injection
    return { data: rows.rows }
  },

  async search(ctx) {
    const results = await strapi.entityService.findMany('api::article.article', {
      filters: ctx.query.filters, // expect: nosql-injection
      fields: ['title', 'slug'],
    })
    return { data: results }
  },

  async searchPublic(ctx) {
    const results = await strapi.entityService.findMany('api::article.article', {
      filters: { title: { $containsi: String(ctx.query.q || '') } }, // ok: nosql-injection
      fields: ['title', 'slug'],
    })
    return { data: results }
  },

  async preview(ctx) {
    const { secret, slug } = ctx.query
    if (secret !== process.env.PREVIEW_SECRET) return ctx.unauthorized() // expect: timing-unsafe-comparison
    ctx.redirect(`/articles/${encodeURIComponent(slug)}?preview=1`) // ok: open-redirect
  },

  async exitPreview(ctx) {
    ctx.cookies.set('preview', '', { maxAge: 0 })
    ctx.redirect(ctx.query.returnTo || '/') // expect: open-redirect
  },

  async updateMine(ctx) {
    const user = ctx.state.user
    const article = await strapi.db.query('api::article.article').findOne({ where: { id: ctx.params.id, author: user.id } })
    if (!article) return ctx.forbidden()
    const updated = await strapi.entityService.update('api::article.article', article.id, { data: ctx.request.body.data }) // expect: mass-assignment
    return this.transformResponse(updated)
  },

  async updateTitle(ctx) {
    const user = ctx.state.user
    const article = await strapi.db.query('api::article.article').findOne({ where: { id: ctx.params.id, author: user.id } })
    if (!article) return ctx.forbidden()
    const { title, summary } = ctx.request.body.data || {}
    const updated = await strapi.entityService.update('api::article.article', article.id, { data: { title, summary } }) // ok: mass-assignment
    return this.transformResponse(updated)
  },
}))
