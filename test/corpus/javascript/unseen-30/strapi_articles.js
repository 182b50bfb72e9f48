// corpus: path=src/api/article/controllers/article.js
'use strict'

const { createCoreController } = require('@strapi/strapi').factories
const fs = require('fs')
const path = require('path')
const _ = require('lodash')
const sanitizeHtml = require('sanitize-html')

const EXPORT_DIR = path.join(process.cwd(), 'exports')

module.exports = createCoreController('api::article.article', ({ strapi }) => ({
  async popular(ctx) {
    const { category, limit = 10 } = ctx.query
    const knex = strapi.db.connection
    const rows = await knex.raw(`SELECT a.id, a.title, count(v.id) AS views FROM articles a JOIN article_views v ON v.article_id = a.id WHERE a.category = '${category}' GROUP BY a.id ORDER BY views DESC LIMIT ${Number(limit)}`) // expect: sql-injection
    ctx.body = rows.rows
  },

  async related(ctx) {
    const { id } = ctx.params
    const rows = await strapi.db.connection.raw('SELECT b.id, b.title FROM articles a JOIN articles b ON b.category = a.category AND b.id <> a.id WHERE a.id = ? LIMIT 5', [id]) // ok: sql-injection
    ctx.body = rows.rows
  },

  async byTag(ctx) {
    const tag = ctx.params.tag
    const articles = await strapi.db.connection('articles')
      .select('id', 'title', 'slug')
      .whereRaw(`tags @> '["${tag}"]'::jsonb`) // expect: sql-injection
      .limit(20)
    ctx.body = articles
  },

  async byAuthor(ctx) {
    const articles = await strapi.db.connection('articles')
      .select('id', 'title', 'slug')
      .whereRaw('author_id = ?', [ctx.params.authorId]) // ok: sql-injection
      .orderBy('published_at', 'desc')
    ctx.body = articles
  },

  async updateProfile(ctx) {
    const user = ctx.state.user
    if (!user) return ctx.unauthorized()
    const updated = await strapi.entityService.update('plugin::users-permissions.user', user.id, { data: ctx.request.body }) // expect: mass-assignment
    ctx.body = _.pick(updated, ['id', 'username', 'bio', 'avatar'])
  },

  async updateBio(ctx) {
    const user = ctx.state.user
    if (!user) return ctx.unauthorized()
    const data = _.pick(ctx.request.body, ['bio', 'avatar', 'website'])
    const updated = await strapi.entityService.update('plugin::users-permissions.user', user.id, { data }) // ok: mass-assignment
    ctx.body = _.pick(updated, ['id', 'username', 'bio', 'avatar'])
  },

  async preview(ctx) {
    const { body, title } = ctx.request.body
    ctx.type = 'html'
    ctx.body = `<article><h1>${title}</h1>${body}</article>` // expect: xss
  },

  async safePreview(ctx) {
    const { body, title } = ctx.request.body
    ctx.type = 'html'
    ctx.body = `<article><h1>${_.escape(title)}</h1>${sanitizeHtml(body)}</article>` // ok: xss
  },

  async exportCsv(ctx) {
    const name = ctx.query.filename || 'articles.csv'
    const entries = await strapi.entityService.findMany('api::article.article', { fields: ['id', 'title', 'slug'] })
    const csv = ['id,title,slug', ...entries.map((e) => `${e.id},"${e.title.replace(/"/g, '""')}",${e.slug}`)].join('\n')
    await fs.promises.writeFile(path.join(EXPORT_DIR, name), csv) // expect: path-traversal
    ctx.body = { file: name }
  },

  async goto(ctx) {
    const article = await strapi.entityService.findOne('api::article.article', ctx.params.id, { fields: ['slug'] })
    if (!article) return ctx.notFound()
    ctx.redirect(`/articles/${encodeURIComponent(article.slug)}`) // ok: open-redirect
  },

  async share(ctx) {
    await strapi.entityService.create('api::share.share', { data: { article: ctx.params.id, channel: String(ctx.query.channel || 'link') } })
    ctx.redirect(ctx.query.returnTo) // expect: open-redirect
  },
}))
