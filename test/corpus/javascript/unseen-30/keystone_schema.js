// corpus: path=schema.js
const { list, graphql } = require('@keystone-6/core')
const { text, relationship, timestamp, select, virtual } = require('@keystone-6/core/fields')
const { allowAll } = require('@keystone-6/core/access')
const fetch = require('node-fetch')
const fs = require('fs/promises')
const path = require('path')
const crypto = require('crypto')

const MEDIA_ROOT = path.join(process.cwd(), 'public', 'media')
const isSignedIn = ({ session }) => Boolean(session)

const Post = list({
  access: { operation: { query: allowAll, create: isSignedIn, update: isSignedIn, delete: isSignedIn } },
  fields: {
    title: text({ validation: { isRequired: true } }),
    slug: text({ isIndexed: 'unique' }),
    status: select({ options: [{ label: 'Draft', value: 'draft' }, { label: 'Published', value: 'published' }], defaultValue: 'draft' }),
    coverUrl: text(),
    author: relationship({ ref: 'User.posts' }),
    publishedAt: timestamp(),
    readingTime: virtual({
      field: graphql.field({
        type: graphql.Int,
        resolve: (item) => Math.ceil(String(item.body || '').split(/\s+/).length / 200),
      }),
    }),
  },
  hooks: {
    resolveInput: async ({ resolvedData, inputData, operation }) => {
      if (operation === 'create' && !resolvedData.slug && inputData.title) {
        resolvedData.slug = inputData.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
      }
      if (inputData.coverUrl) {
        const response = await fetch(inputData.coverUrl) // expect: ssrf
        const buffer = Buffer.from(await response.arrayBuffer())
        const name = `${crypto.createHash('sha256').update(buffer).digest('hex').slice(0, 16)}.jpg`
        await fs.writeFile(path.join(MEDIA_ROOT, name), buffer) // ok: path-traversal
        resolvedData.coverUrl = `/media/${name}`
      }
      return resolvedData
    },
    afterOperation: async ({ operation, item, context }) => {
      if (operation === 'update' && item.status === 'published') {
        await context.db.AuditLog.createOne({ data: { action: 'publish', target: `Post:${item.id}` } })
      }
    },
  },
})

const extendGraphqlSchema = graphql.extend((base) => ({
  query: {
    searchPosts: graphql.field({
      type: graphql.list(graphql.nonNull(base.object('Post'))),
      args: { term: graphql.arg({ type: graphql.nonNull(graphql.String) }), orderBy: graphql.arg({ type: graphql.String }) },
      async resolve(source, { term, orderBy }, context) {
        const rows = await context.prisma.$queryRawUnsafe(`SELECT id FROM "Post" WHERE to_tsvector(title) @@ plainto_tsquery('${term}') ORDER BY "${orderBy || 'publishedAt'}" DESC LIMIT 25`) // expect: sql-injection
        return context.db.Post.findMany({ where: { id: { in: rows.map((r) => r.id) } } })
      },
    }),
    postsByAuthor: graphql.field({
      type: graphql.list(graphql.nonNull(base.object('Post'))),
      args: { authorId: graphql.arg({ type: graphql.nonNull(graphql.ID) }) },
      async resolve(source, { authorId }, context) {
        const rows = await context.prisma.$queryRaw`SELECT id FROM "Post" WHERE "author" = ${authorId} ORDER BY "publishedAt" DESC` // ok: sql-injection
        return context.db.Post.findMany({ where: { id: { in: rows.map((r) => r.id) } } })
      },
    }),
  },
  mutation: {
    importMedia: graphql.field({
      type: graphql.String,
      args: { fileName: graphql.arg({ type: graphql.nonNull(graphql.String) }), content: graphql.arg({ type: graphql.nonNull(graphql.String) }) },
      async resolve(source, { fileName, content }, context) {
        if (!context.session) throw new Error('Not signed in')
        await fs.writeFile(path.join(MEDIA_ROOT, fileName), Buffer.from(content, 'base64')) // expect: path-traversal
        return `/media/${fileName}`
      },
    }),
    renameMedia: graphql.field({
      type: graphql.String,
      args: { fileName: graphql.arg({ type: graphql.nonNull(graphql.String) }), to: graphql.arg({ type: graphql.nonNull(graphql.String) }) },
      async resolve(source, { fileName, to }, context) {
        if (!context.session) throw new Error('Not signed in')
        const from = path.join(MEDIA_ROOT, path.basename(fileName))
        const target = path.join(MEDIA_ROOT, path.basename(to))
        await fs.rename(from, target) // ok: path-traversal
        return `/media/${path.basename(to)}`
      },
    }),
  },
}))

module.exports = { lists: { Post }, extendGraphqlSchema }
