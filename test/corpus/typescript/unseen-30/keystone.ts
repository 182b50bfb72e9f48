// corpus: path=keystone.ts
import { config, graphql, list } from '@keystone-6/core'
import { allowAll } from '@keystone-6/core/access'
import { checkbox, password, relationship, select, text, timestamp } from '@keystone-6/core/fields'
import { document } from '@keystone-6/fields-document'
import { createAuth } from '@keystone-6/auth'
import { statelessSessions } from '@keystone-6/core/session'
import type { Lists } from '.keystone/types'
import { execFile } from 'node:child_process'
import path from 'node:path'

const { withAuth } = createAuth({
  listKey: 'User',
  identityField: 'email',
  secretField: 'password',
  sessionData: 'id name isAdmin',
  initFirstItem: { fields: ['name', 'email', 'password'] },
})

const session = statelessSessions({
  maxAge: 60 * 60 * 24 * 30,
  secret: 'k7Qm2Vx9Lp4Rt8Wn3Zs6Yb1Hc5Jd0Fg-newsroom', // expect: hardcoded-secret
  secure: process.env.NODE_ENV === 'production',
})

const isAdmin = ({ session }: { session?: { data: { isAdmin: boolean } } }) => Boolean(session?.data.isAdmin)

const lists: Lists = {
  User: list({
    access: { operation: { query: allowAll, create: isAdmin, update: isAdmin, delete: isAdmin } },
    fields: {
      name: text({ validation: { isRequired: true } }),
      email: text({ validation: { isRequired: true }, isIndexed: 'unique' }),
      password: password(),
      isAdmin: checkbox(),
      posts: relationship({ ref: 'Post.author', many: true }),
    },
  }),
  Post: list({
    access: allowAll,
    fields: {
      title: text({ validation: { isRequired: true } }),
      slug: text({ isIndexed: 'unique' }),
      status: select({ options: ['draft', 'published'], defaultValue: 'draft' }),
      content: document({ formatting: true, links: true }),
      heroImage: text(),
      publishedAt: timestamp(),
      author: relationship({ ref: 'User.posts' }),
    },
    hooks: {
      resolveInput: async ({ resolvedData, operation }) => {
        if (operation === 'create' && !resolvedData.slug && resolvedData.title) {
          resolvedData.slug = resolvedData.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')
        }
        if (resolvedData.status === 'published' && !resolvedData.publishedAt) {
          resolvedData.publishedAt = new Date().toISOString()
        }
        return resolvedData
      },
      afterOperation: async ({ operation, item }) => {
        if (operation !== 'delete' && item?.heroImage) {
          const source = path.join('/srv/uploads', path.basename(item.heroImage))
          execFile('cwebp', ['-q', '80', source, '-o', `${source}.webp`], () => undefined) // ok: command-injection
        }
      },
    },
  }),
}

export default withAuth(
  config({
    db: { provider: 'postgresql', url: process.env.DATABASE_URL! },
    lists,
    session,
    server: {
      cors: { origin: true, credentials: true }, // expect: permissive-cors
      extendExpressApp: (app, commonContext) => {
        app.get('/api/feeds/:section.xml', async (req, res) => {
          const context = await commonContext.withRequest(req, res)
          const posts = await context.query.Post.findMany({ // ok: sql-injection
            where: { status: { equals: 'published' }, slug: { startsWith: req.params.section } },
            orderBy: { publishedAt: 'desc' },
            take: 20,
            query: 'title slug publishedAt',
          })
          res.type('application/rss+xml').send(renderFeed(posts))
        })
        app.get('/api/preview', async (req, res) => {
          const slug = String(req.query.slug ?? '')
          res.cookie('preview', '1', { httpOnly: true, sameSite: 'lax' }) // ok: insecure-cookie
          res.redirect(String(req.query.returnTo ?? `/posts/${slug}`)) // expect: open-redirect
        })
        app.get('/api/search', async (req, res) => {
          const context = await commonContext.withRequest(req, res)
          const rows = await context.prisma.$queryRawUnsafe( // expect: sql-injection
            `select id, title, slug from "Post" where status = 'published' and title ilike '%${req.query.q}%' limit 20`,
          )
          res.json(rows)
        })
      },
    },
    graphql: {
      playground: process.env.NODE_ENV !== 'production',
      apolloConfig: { introspection: process.env.NODE_ENV !== 'production' }, // ok: debug-mode
    },
    extendGraphqlSchema: graphql.extend((base) => ({
      query: {
        relatedPosts: graphql.field({
          type: graphql.list(graphql.nonNull(base.object('Post'))),
          args: { slug: graphql.arg({ type: graphql.nonNull(graphql.String) }) },
          async resolve(_source, { slug }, context) {
            const ids = await context.prisma.$queryRaw<{ id: string }[]>` // ok: sql-injection
              select p2.id from "Post" p1 join "Post" p2 on p2.id <> p1.id
               where p1.slug = ${slug} and p2.status = 'published'
               order by similarity(p1.title, p2.title) desc limit 5`
            return context.db.Post.findMany({ where: { id: { in: ids.map((r) => r.id) } } })
          },
        }),
      },
      mutation: {
        republish: graphql.field({
          type: base.object('Post'),
          args: { id: graphql.arg({ type: graphql.nonNull(graphql.ID) }), when: graphql.arg({ type: graphql.String }) },
          async resolve(_source, { id, when }, context) {
            if (!context.session?.data.isAdmin) throw new Error('Not allowed')
            await context.prisma.$executeRawUnsafe(`update "Post" set "publishedAt" = '${when ?? 'now()'}' where id = $1`, id) // expect: sql-injection
            return context.db.Post.findOne({ where: { id } })
          },
        }),
      },
    })),
  }),
)

function renderFeed(posts: readonly { title: string; slug: string; publishedAt: string | null }[]) {
  const items = posts
    .map((p) => `<item><title>${escapeXml(p.title)}</title><link>https://news.example.org/posts/${encodeURIComponent(p.slug)}</link></item>`)
    .join('')
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Newsroom</title>${items}</channel></rss>`
}

function escapeXml(s: string) {
  return s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!)
}
