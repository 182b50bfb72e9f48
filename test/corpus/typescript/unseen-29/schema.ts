// corpus: path=src/graphql/schema.ts
import SchemaBuilder from '@pothos/core'
import PrismaPlugin from '@pothos/plugin-prisma'
import type PrismaTypes from '@pothos/plugin-prisma/generated'
import { Prisma, PrismaClient } from '@prisma/client'
import { GraphQLError } from 'graphql'
import { createYoga } from 'graphql-yoga'

const prisma = new PrismaClient()

interface Context {
  viewer: { id: string; orgId: string; role: 'member' | 'admin' } | null
}

const builder = new SchemaBuilder<{ Context: Context; PrismaTypes: PrismaTypes }>({
  plugins: [PrismaPlugin],
  prisma: { client: prisma },
})

builder.prismaObject('Ticket', {
  fields: (t) => ({
    id: t.exposeID('id'),
    subject: t.exposeString('subject'),
    status: t.exposeString('status'),
    createdAt: t.expose('createdAt', { type: 'String' }),
  }),
})

builder.queryType({
  fields: (t) => ({
    ticket: t.prismaField({
      type: 'Ticket',
      nullable: true,
      args: { id: t.arg.id({ required: true }) },
      resolve: (query, _root, args, ctx) =>
        prisma.ticket.findFirst({ ...query, where: { id: String(args.id), orgId: ctx.viewer?.orgId } }), // ok: sql-injection
    }),
    searchTickets: t.prismaField({
      type: ['Ticket'],
      args: { term: t.arg.string({ required: true }), status: t.arg.string() },
      resolve: async (_query, _root, args, ctx) => {
        if (!ctx.viewer) throw new GraphQLError('unauthenticated')
        const statusFilter = args.status ? `and status = '${args.status}'` : ''
        return prisma.$queryRawUnsafe( // expect: sql-injection
          `select * from "Ticket" where "orgId" = $1 and subject ilike $2 ${statusFilter} order by "createdAt" desc limit 50`,
          ctx.viewer.orgId,
          `%${args.term}%`,
        )
      },
    }),
    ticketsByLabel: t.prismaField({
      type: ['Ticket'],
      args: { label: t.arg.string({ required: true }) },
      resolve: (_query, _root, args, ctx) =>
        prisma.$queryRaw`select t.* from "Ticket" t join "TicketLabel" l on l."ticketId" = t.id where l.name = ${args.label} and t."orgId" = ${ctx.viewer?.orgId}`, // ok: sql-injection
    }),
    matchingSubjects: t.stringList({
      args: { pattern: t.arg.string({ required: true }) },
      resolve: async (_root, args, ctx) => {
        const tickets = await prisma.ticket.findMany({ where: { orgId: ctx.viewer?.orgId }, select: { subject: true }, take: 500 })
        const matcher = new RegExp(args.pattern, 'i') // expect: regex-injection
        return tickets.map((t) => t.subject).filter((s) => matcher.test(s))
      },
    }),
  }),
})

builder.mutationType({
  fields: (t) => ({
    updateTicket: t.prismaField({
      type: 'Ticket',
      args: { id: t.arg.id({ required: true }), input: t.arg({ type: 'JSON', required: true }) },
      resolve: (query, _root, args, ctx) =>
        prisma.ticket.update({ ...query, where: { id: String(args.id), orgId: ctx.viewer?.orgId }, data: args.input as Prisma.TicketUpdateInput }), // expect: mass-assignment
    }),
    closeTicket: t.prismaField({
      type: 'Ticket',
      args: { id: t.arg.id({ required: true }), resolution: t.arg.string() },
      resolve: (query, _root, args, ctx) =>
        prisma.ticket.update({ ...query, where: { id: String(args.id), orgId: ctx.viewer?.orgId }, data: { status: 'closed', resolution: args.resolution ?? null } }), // ok: mass-assignment
    }),
  }),
})

builder.scalarType('JSON', { serialize: (v) => v, parseValue: (v) => v })

export const yoga = createYoga<Context>({
  schema: builder.toSchema(),
  maskedErrors: process.env.NODE_ENV === 'production',
  graphiql: process.env.NODE_ENV !== 'production',
})
