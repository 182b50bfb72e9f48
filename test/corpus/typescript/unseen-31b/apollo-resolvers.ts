// corpus: path=src/graphql/resolvers.ts
import { GraphQLError } from 'graphql'
import type { Pool } from 'pg'
import { exec, execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import sanitizeHtml from 'sanitize-html'
import type { Redis } from 'ioredis'

const execAsync = promisify(exec)
const execFileAsync = promisify(execFile)

const ATTACHMENTS_DIR = path.resolve(process.env.ATTACHMENTS_DIR ?? './attachments')
const SORTABLE = new Set(['created_at', 'title', 'priority'])

export interface Context {
  db: Pool
  redis: Redis
  user: { id: string; orgId: string; role: 'member' | 'admin' } | null
}

interface TicketArgs {
  status?: string
  orderBy?: string
  search?: string
}

function requireUser(ctx: Context) {
  if (!ctx.user) throw new GraphQLError('Not authenticated', { extensions: { code: 'UNAUTHENTICATED' } })
  return ctx.user
}

export const resolvers = {
  Query: {
    tickets: async (_parent: unknown, args: TicketArgs, ctx: Context) => {
      const user = requireUser(ctx)
      const order = args.orderBy ?? 'created_at'
      const { rows } = await ctx.db.query( // expect: sql-injection
        `SELECT id, title, status FROM tickets WHERE org_id = $1 ORDER BY ${order} DESC LIMIT 100`,
        [user.orgId],
      )
      return rows
    },

    sortedTickets: async (_parent: unknown, args: TicketArgs, ctx: Context) => {
      const user = requireUser(ctx)
      const order = SORTABLE.has(args.orderBy ?? '') ? args.orderBy : 'created_at'
      const { rows } = await ctx.db.query( // ok: sql-injection
        `SELECT id, title, status FROM tickets WHERE org_id = $1 ORDER BY ${order} DESC LIMIT 100`,
        [user.orgId],
      )
      return rows
    },

    searchTickets: async (_parent: unknown, { search }: TicketArgs, ctx: Context) => {
      const user = requireUser(ctx)
      const { rows } = await ctx.db.query( // ok: sql-injection
        'SELECT id, title FROM tickets WHERE org_id = $1 AND title ILIKE $2',
        [user.orgId, `%${search ?? ''}%`],
      )
      return rows
    },

    ticketsByStatus: async (_parent: unknown, args: TicketArgs, ctx: Context) => {
      requireUser(ctx)
      const { rows } = await ctx.db.query(`SELECT id, title FROM tickets WHERE status = '${args.status}'`) // expect: sql-injection
      return rows
    },

    attachment: async (_parent: unknown, args: { ticketId: string; name: string }, ctx: Context) => {
      requireUser(ctx)
      const file = path.join(ATTACHMENTS_DIR, args.ticketId, args.name)
      return readFile(file, 'base64') // expect: path-traversal
    },

    attachmentChecked: async (_parent: unknown, args: { ticketId: string; name: string }, ctx: Context) => {
      requireUser(ctx)
      const file = path.resolve(ATTACHMENTS_DIR, args.ticketId, args.name)
      if (!file.startsWith(ATTACHMENTS_DIR + path.sep)) throw new GraphQLError('Bad attachment path')
      return readFile(file, 'base64') // ok: path-traversal
    },
  },

  Mutation: {
    pingHost: async (_parent: unknown, args: { host: string }, ctx: Context) => {
      const user = requireUser(ctx)
      if (user.role !== 'admin') throw new GraphQLError('Forbidden')
      const { stdout } = await execAsync(`ping -c 3 ${args.host}`) // expect: command-injection
      return stdout
    },

    traceHost: async (_parent: unknown, args: { host: string }, ctx: Context) => {
      const user = requireUser(ctx)
      if (user.role !== 'admin') throw new GraphQLError('Forbidden')
      const { stdout } = await execFileAsync('traceroute', ['-m', '15', '--', args.host]) // ok: command-injection
      return stdout
    },

    testWebhook: async (_parent: unknown, args: { url: string }, ctx: Context) => {
      requireUser(ctx)
      const res = await fetch(args.url, { method: 'POST', body: JSON.stringify({ ping: true }) }) // expect: ssrf
      return res.status
    },

    commentPreview: async (_parent: unknown, args: { body: string }, ctx: Context) => {
      requireUser(ctx)
      return { html: sanitizeHtml(args.body, { allowedTags: ['b', 'i', 'a', 'code', 'pre'] }) }
    },

    rememberFilter: async (_parent: unknown, args: { name: string; filter: string }, ctx: Context) => {
      const user = requireUser(ctx)
      await ctx.redis.hset(`filters:${user.id}`, args.name, args.filter)
      return true
    },
  },

  Ticket: {
    // parent is the row the tickets query returned; cover_key is the name the upload handler made for the file.
    cover: async (parent: { cover_key: string | null }) => {
      if (!parent.cover_key) return null
      return readFile(path.join(ATTACHMENTS_DIR, 'covers', parent.cover_key), 'base64') // ok: path-traversal
    },
  },
}
