// corpus: path=src/server/routers/files.ts
import { z } from 'zod'
import path from 'node:path'
import { readFile, writeFile } from 'node:fs/promises'
import { request } from 'undici'
import { TRPCError } from '@trpc/server'
import { router, protectedProcedure, publicProcedure } from '../trpc'
import { prisma } from '../db'

const STORAGE = path.resolve(process.cwd(), 'storage')

export const filesRouter = router({
  list: protectedProcedure.query(({ ctx }) =>
    prisma.file.findMany({ where: { ownerId: ctx.session.user.id }, orderBy: { createdAt: 'desc' } }),
  ),

  read: protectedProcedure.input(z.object({ name: z.string() })).query(async ({ input, ctx }) => {
    const file = path.join(STORAGE, ctx.session.user.id, input.name)
    return readFile(file, 'utf8') // expect: path-traversal
  }),

  readById: protectedProcedure.input(z.object({ id: z.string().uuid() })).query(async ({ input, ctx }) => {
    const row = await prisma.file.findFirst({ where: { id: input.id, ownerId: ctx.session.user.id } })
    if (!row) throw new TRPCError({ code: 'NOT_FOUND' })
    return readFile(path.join(STORAGE, ctx.session.user.id, row.storedName), 'utf8') // ok: path-traversal
  }),

  fetchRemote: protectedProcedure.input(z.object({ url: z.string().url() })).mutation(async ({ input, ctx }) => {
    const { body, statusCode } = await request(input.url, { maxRedirections: 3 }) // expect: ssrf
    if (statusCode >= 400) throw new TRPCError({ code: 'BAD_REQUEST', message: `upstream ${statusCode}` })
    const storedName = `${Date.now()}.bin`
    await writeFile(path.join(STORAGE, ctx.session.user.id, storedName), Buffer.from(await body.arrayBuffer()))
    return prisma.file.create({ data: { ownerId: ctx.session.user.id, storedName, source: input.url } })
  }),

  search: publicProcedure.input(z.object({ term: z.string().max(100) })).query(({ input }) =>
    prisma.$queryRawUnsafe(`SELECT id, name FROM "File" WHERE name ILIKE '%${input.term}%'`), // expect: sql-injection
  ),

  searchSafe: publicProcedure.input(z.object({ term: z.string().max(100) })).query(({ input }) =>
    prisma.$queryRaw`SELECT id, name FROM "File" WHERE name ILIKE ${'%' + input.term + '%'}`, // ok: sql-injection
  ),

  rename: protectedProcedure
    .input(z.object({ id: z.string().uuid(), name: z.string().min(1).max(200) }))
    .mutation(({ input, ctx }) =>
      prisma.file.updateMany({ where: { id: input.id, ownerId: ctx.session.user.id }, data: { name: input.name } }),
    ),
})
