import { Elysia, t } from 'elysia'
import { cors } from '@elysiajs/cors'
import { jwt } from '@elysiajs/jwt'
import { drizzle } from 'drizzle-orm/bun-sql'
import { eq } from 'drizzle-orm'
import { links, clicks } from './schema'

const db = drizzle(process.env.DATABASE_URL!)

export const app = new Elysia()
  .use(cors({ origin: ['https://sho.rt', 'https://app.sho.rt'], credentials: true }))
  .use(jwt({ name: 'auth', secret: process.env.JWT_SECRET!, exp: '7d' }))
  .derive(async ({ auth, cookie: { session } }) => {
    const payload = session.value ? await auth.verify(session.value) : false
    return { user: payload ? { id: String(payload.sub) } : null }
  })
  .get('/:slug', async ({ params: { slug }, redirect, request, status }) => {
    const [link] = await db.select().from(links).where(eq(links.slug, slug)).limit(1)
    if (!link) return status(404, 'not found')
    await db.insert(clicks).values({ linkId: link.id, referer: request.headers.get('referer'), at: new Date() })
    return redirect(link.target, 302)
  })
  .post(
    '/api/links',
    async ({ body, user, status }) => {
      if (!user) return status(401, 'sign in first')
      const [link] = await db.insert(links).values({ slug: body.slug, target: body.target, ownerId: user.id }).returning()
      return link
    },
    { body: t.Object({ slug: t.String({ pattern: '^[a-z0-9-]{3,32}$' }), target: t.String({ format: 'uri' }) }) },
  )
  .listen(Number(process.env.PORT ?? 3000))
