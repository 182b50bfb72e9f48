// corpus: path=src/actions/index.ts
import { defineAction, ActionError } from 'astro:actions'
import { z } from 'astro:schema'
import { createClient } from '@libsql/client'
import { createHash, randomBytes } from 'node:crypto'
import { Resend } from 'resend'

const turso = createClient({ url: import.meta.env.TURSO_DATABASE_URL, authToken: import.meta.env.TURSO_AUTH_TOKEN })
const resend = new Resend(import.meta.env.RESEND_API_KEY)

export const server = {
  subscribe: defineAction({
    accept: 'form',
    input: z.object({ email: z.string().email(), list: z.string().default('weekly') }),
    handler: async ({ email, list }, context) => {
      const token = randomBytes(20).toString('hex')
      await turso.execute({ // ok: sql-injection
        sql: 'insert into subscribers (email, list, confirm_token) values (?, ?, ?) on conflict (email, list) do nothing',
        args: [email, list, token],
      })
      await resend.emails.send({
        from: 'Field Notes <news@fieldnotes.example>',
        to: email,
        subject: 'Confirm your subscription',
        html: `<p>Confirm: <a href="${context.url.origin}/confirm?token=${token}">click here</a></p>`,
      })
      return { ok: true }
    },
  }),

  searchArchive: defineAction({
    input: z.object({ q: z.string().min(2), year: z.number().int().optional(), tag: z.string().optional() }),
    handler: async ({ q, year, tag }) => {
      const clauses = ['title like ?']
      const args: (string | number)[] = [`%${q}%`]
      if (year) {
        clauses.push('strftime(\'%Y\', published_at) = ?')
        args.push(String(year))
      }
      if (tag) clauses.push(`tags like '%${tag}%'`)
      const result = await turso.execute({ sql: `select slug, title, published_at from issues where ${clauses.join(' and ')} order by published_at desc limit 30`, args }) // expect: sql-injection
      return result.rows
    },
  }),

  importFeed: defineAction({
    input: z.object({ feedUrl: z.string().url() }),
    handler: async ({ feedUrl }, context) => {
      if (!context.locals.user?.isEditor) throw new ActionError({ code: 'FORBIDDEN' })
      const res = await fetch(feedUrl, { headers: { Accept: 'application/rss+xml' } }) // expect: ssrf
      if (!res.ok) throw new ActionError({ code: 'BAD_REQUEST', message: `feed returned ${res.status}` })
      const xml = await res.text()
      const items = [...xml.matchAll(/<item>[\s\S]*?<title>(.*?)<\/title>[\s\S]*?<link>(.*?)<\/link>/g)]
      for (const [, title, link] of items.slice(0, 50)) {
        await turso.execute({ sql: 'insert or ignore into imported (title, link) values (?, ?)', args: [title, link] }) // ok: sql-injection
      }
      return { imported: Math.min(items.length, 50) }
    },
  }),

  unsubscribe: defineAction({
    accept: 'form',
    input: z.object({ email: z.string().email(), sig: z.string() }),
    handler: async ({ email, sig }) => {
      const expected = createHash('md5').update(`${email}:${import.meta.env.UNSUBSCRIBE_SALT}`).digest('hex') // expect: weak-hash
      if (sig !== expected) throw new ActionError({ code: 'UNAUTHORIZED' }) // expect: timing-unsafe-comparison
      await turso.execute({ sql: 'delete from subscribers where email = ?', args: [email] }) // ok: sql-injection
      return { ok: true }
    },
  }),
}
