// corpus: path=src/api/article/controllers/article.ts
import { factories } from '@strapi/strapi'
import { errors } from '@strapi/utils'
import { createHmac, timingSafeEqual } from 'node:crypto'
import { Parser } from 'xml2js'

const LOCALES = new Set(['en', 'de', 'fr', 'es'])

export default factories.createCoreController('api::article.article', ({ strapi }) => ({
  async search(ctx) {
    const { q = '', locale = 'en' } = ctx.query as { q?: string; locale?: string }
    const knex = strapi.db.connection
    const rows = await knex.raw(`SELECT id, title, slug FROM articles WHERE locale = ? AND to_tsvector(title || ' ' || body) @@ plainto_tsquery('${q}') LIMIT 20`, [locale]) // expect: sql-injection
    ctx.body = rows.rows
  },

  async searchBound(ctx) {
    const { q = '', locale = 'en' } = ctx.query as { q?: string; locale?: string }
    const knex = strapi.db.connection
    const rows = await knex('articles').select('id', 'title', 'slug').where({ locale: LOCALES.has(locale) ? locale : 'en' }).whereRaw("to_tsvector(title || ' ' || body) @@ plainto_tsquery(?)", [q]).limit(20) // ok: sql-injection
    ctx.body = rows
  },

  async bySlug(ctx) {
    const entries = await strapi.documents('api::article.article').findMany({ filters: { slug: { $eq: String(ctx.params.slug) } }, status: 'published' }) // ok: nosql-injection, sql-injection
    if (entries.length === 0) return ctx.notFound()
    ctx.body = entries[0]
  },

  async filtered(ctx) {
    // ctx.query.filters arrives as a nested object (?filters[author][password][$startsWith]=a) and is handed to the query engine whole
    const entries = await strapi.db.query('api::article.article').findMany({ where: ctx.query.filters, limit: 20 }) // expect: nosql-injection
    ctx.body = entries
  },

  async embed(ctx) {
    const { title = '' } = ctx.query as { title?: string }
    ctx.type = 'html'
    ctx.body = `<!doctype html><title>${title}</title><div id="embed" data-slug="${ctx.params.slug}"></div><script src="/embed.js"></script>` // expect: xss
  },

  async open(ctx) {
    const { next } = ctx.query as { next?: string }
    await strapi.documents('api::article.article').update({ documentId: ctx.params.id, data: { views: { $inc: 1 } } as never })
    ctx.redirect(next ?? '/') // expect: open-redirect
  },

  async openLocal(ctx) {
    const entry = await strapi.documents('api::article.article').findOne({ documentId: ctx.params.id })
    if (!entry) return ctx.notFound()
    ctx.redirect(`/articles/${encodeURIComponent(entry.slug)}`) // ok: open-redirect
  },

  async importFeed(ctx) {
    const { feedUrl } = ctx.request.body as { feedUrl: string }
    const xml = await fetch(feedUrl).then((r) => r.text()) // expect: ssrf
    const parsed = await new Parser({ explicitArray: false }).parseStringPromise(xml)
    const items = parsed?.rss?.channel?.item ?? []
    for (const item of Array.isArray(items) ? items : [items]) {
      await strapi.documents('api::article.article').create({ data: { title: item.title, body: item.description, slug: item.guid } })
    }
    ctx.body = { imported: Array.isArray(items) ? items.length : 1 }
  },

  async webhook(ctx) {
    const secret = process.env.CMS_WEBHOOK_SECRET ?? ''
    const raw = ctx.request.body[Symbol.for('unparsedBody')] as string
    const sent = String(ctx.request.headers['x-signature'] ?? '')
    const expected = createHmac('sha256', secret).update(raw).digest('hex')
    if (sent.length !== expected.length || !timingSafeEqual(Buffer.from(sent), Buffer.from(expected))) { // ok: timing-unsafe-comparison
      throw new errors.UnauthorizedError('bad signature')
    }
    ctx.body = { ok: true }
  },

  async webhookLegacy(ctx) {
    const secret = process.env.CMS_WEBHOOK_SECRET ?? ''
    const raw = ctx.request.body[Symbol.for('unparsedBody')] as string
    const expected = createHmac('sha256', secret).update(raw).digest('hex')
    if (ctx.request.headers['x-signature'] !== expected) throw new errors.UnauthorizedError('bad signature') // expect: timing-unsafe-comparison
    ctx.body = { ok: true }
  },

  async update(ctx) {
    const { id } = ctx.params
    const entry = await strapi.documents('api::article.article').update({ documentId: id, data: ctx.request.body.data }) // expect: mass-assignment
    ctx.body = await this.sanitizeOutput(entry, ctx)
  },

  async updateChecked(ctx) {
    await this.validateQuery(ctx)
    const { title, body } = ctx.request.body.data as { title: string; body: string }
    const entry = await strapi.documents('api::article.article').update({ documentId: ctx.params.id, data: { title, body } }) // ok: mass-assignment
    ctx.body = await this.sanitizeOutput(entry, ctx)
  },
}))
