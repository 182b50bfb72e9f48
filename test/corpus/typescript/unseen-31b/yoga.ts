// corpus: path=src/server.ts
import { createServer } from 'node:http'
import { createYoga, createSchema } from 'graphql-yoga'
import postgres from 'postgres'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const sql = postgres(process.env.DATABASE_URL!)
const run = promisify(execFile)

const typeDefs = /* GraphQL */ `
  type Event { id: ID!, title: String!, startsAt: String!, venue: String }
  type Query { events(venue: String, orderBy: String): [Event!]!, calendar(id: ID!, tz: String): String! }
  type Mutation { renameVenue(from: String!, to: String!): Int!, importFeed(url: String!): Int! }
`

const resolvers = {
  Query: {
    events: async (_: unknown, args: { venue?: string; orderBy?: string }) => {
      const order = args.orderBy ?? 'starts_at'
      if (args.venue) return sql.unsafe(`SELECT id, title, starts_at AS "startsAt", venue FROM events WHERE venue = '${args.venue}' ORDER BY ${order}`) // expect: sql-injection
      return sql`SELECT id, title, starts_at AS "startsAt", venue FROM events ORDER BY ${sql(order)} LIMIT 100` // ok: sql-injection
    },
    calendar: async (_: unknown, { id, tz }: { id: string; tz?: string }) => {
      const { stdout } = await run('ical-export', ['--event', id, '--tz', tz ?? 'UTC']) // ok: command-injection
      return stdout
    },
  },
  Mutation: {
    renameVenue: async (_: unknown, args: { from: string; to: string }) => {
      const result = await sql`UPDATE events SET venue = ${args.to} WHERE venue = ${args.from}` // ok: sql-injection
      return result.count
    },
    importFeed: async (_: unknown, args: { url: string }) => {
      const feed = await fetch(args.url).then((r) => r.json()) // expect: ssrf
      const rows = (feed.events as Array<{ title: string; starts: string }>).map((e) => ({ title: e.title, starts_at: e.starts }))
      const result = await sql`INSERT INTO events ${sql(rows, 'title', 'starts_at')}`
      return result.count
    },
  },
}

const yoga = createYoga({ schema: createSchema({ typeDefs, resolvers }) })
createServer(yoga).listen(4000)
