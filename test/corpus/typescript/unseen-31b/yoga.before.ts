import { createServer } from 'node:http'
import { createYoga, createSchema } from 'graphql-yoga'
import postgres from 'postgres'

const sql = postgres(process.env.DATABASE_URL!)

const typeDefs = /* GraphQL */ `
  type Event { id: ID!, title: String!, startsAt: String!, venue: String }
  type Query { events(venue: String): [Event!]! }
`

const resolvers = {
  Query: {
    events: async (_: unknown, args: { venue?: string }) => {
      if (args.venue) return sql`SELECT id, title, starts_at AS "startsAt", venue FROM events WHERE venue = ${args.venue} ORDER BY starts_at`
      return sql`SELECT id, title, starts_at AS "startsAt", venue FROM events ORDER BY starts_at LIMIT 100`
    },
  },
}

const yoga = createYoga({ schema: createSchema({ typeDefs, resolvers }) })
createServer(yoga).listen(4000)
