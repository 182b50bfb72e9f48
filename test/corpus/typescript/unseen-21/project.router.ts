// corpus: path=src/server/api/routers/project.ts
import { TRPCError } from '@trpc/server'
import { z } from 'zod'
import { exec, execFile } from 'node:child_process'
import { promisify } from 'node:util'
import path from 'node:path'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import { createTRPCRouter, protectedProcedure, publicProcedure } from '~/server/api/trpc'

const sh = promisify(exec)
const run = promisify(execFile)

const SortSchema = z.enum(['name', 'createdAt', 'stars'])

export const projectRouter = createTRPCRouter({
  list: protectedProcedure
    .input(z.object({ cursor: z.string().nullish(), limit: z.number().int().min(1).max(50).default(20) }))
    .query(async ({ ctx, input }) => {
      const items = await ctx.db.project.findMany({
        where: { ownerId: ctx.session.user.id },
        take: input.limit + 1,
        cursor: input.cursor ? { id: input.cursor } : undefined,
        orderBy: { createdAt: 'desc' },
      })
      const nextCursor = items.length > input.limit ? items.pop()!.id : undefined
      return { items, nextCursor }
    }),

  search: publicProcedure
    .input(z.object({ term: z.string().max(100), sort: SortSchema.default('stars') }))
    .query(({ ctx, input }) => {
      return ctx.db.$queryRawUnsafe( // ok: sql-injection
        `SELECT id, name, stars FROM "Project" WHERE name ILIKE $1 ORDER BY "${input.sort}" DESC LIMIT 20`,
        `%${input.term}%`,
      )
    }),

  rename: protectedProcedure
    .input(z.object({ id: z.string().cuid(), name: z.string().min(1).max(80) }))
    .mutation(async ({ ctx, input }) => {
      const owned = await ctx.db.project.count({ where: { id: input.id, ownerId: ctx.session.user.id } })
      if (!owned) throw new TRPCError({ code: 'NOT_FOUND' })
      await ctx.db.$executeRawUnsafe(`UPDATE "Project" SET name = '${input.name}' WHERE id = '${input.id}'`) // expect: sql-injection
      return { ok: true }
    }),

  importRepo: protectedProcedure
    .input(z.object({ repoUrl: z.string().url(), branch: z.string().default('main') }))
    .mutation(async ({ ctx, input }) => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'import-'))
      try {
        await sh(`git clone --depth 1 --branch ${input.branch} ${input.repoUrl} ${dir}`) // expect: command-injection
        const { stdout } = await run('git', ['-C', dir, 'rev-parse', 'HEAD']) // ok: command-injection
        return ctx.db.project.create({
          data: { name: path.basename(input.repoUrl, '.git'), commit: stdout.trim(), ownerId: ctx.session.user.id },
        })
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    }),

  archive: protectedProcedure
    .input(z.object({ id: z.string().cuid(), ref: z.string().regex(/^[\w.-]{1,64}$/) }))
    .mutation(async ({ ctx, input }) => {
      const project = await ctx.db.project.findFirstOrThrow({ where: { id: input.id, ownerId: ctx.session.user.id } })
      await run('git', ['-C', project.path, 'archive', '--format=zip', `--output=/srv/archives/${project.id}.zip`, input.ref]) // ok: command-injection
      return { url: `/archives/${project.id}.zip` }
    }),

  testWebhook: protectedProcedure
    .input(z.object({ url: z.string().url(), secret: z.string().optional() }))
    .mutation(async ({ input }) => {
      const res = await fetch(input.url, { // expect: ssrf
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hook-secret': input.secret ?? '' },
        body: JSON.stringify({ type: 'ping' }),
      })
      return { status: res.status }
    }),

  readme: publicProcedure.input(z.object({ slug: z.string() })).query(async ({ ctx, input }) => {
    const project = await ctx.db.project.findUnique({ where: { slug: input.slug }, select: { readmeHtml: true } })
    return project?.readmeHtml ?? ''
  }),
})
