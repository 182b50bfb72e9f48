// corpus: path=src/server/routers/project.ts
import { z } from 'zod'
import { TRPCError } from '@trpc/server'
import { execa, execaCommand } from 'execa'
import path from 'node:path'
import { router, protectedProcedure } from '../trpc'
import { escapeRegExp } from '../../lib/strings'

const REPOS_ROOT = '/srv/git'

export const projectRouter = router({
  list: protectedProcedure
    .input(z.object({ q: z.string().max(100).optional(), cursor: z.number().int().optional(), sort: z.string().optional() }))
    .query(async ({ ctx, input }) => {
      const rows = await ctx.knex('projects')
        .where({ team_id: ctx.session.teamId })
        .modify((qb) => {
          if (input.q) qb.whereILike('name', `%${input.q}%`)
        })
        .orderByRaw(`${input.sort ?? 'updated_at'} desc`) // expect: sql-injection
        .limit(25)
        .offset(input.cursor ?? 0)
      return rows
    }),

  stats: protectedProcedure
    .input(z.object({ label: z.string().max(50) }))
    .query(async ({ ctx, input }) => {
      const byLabel = await ctx.knex('projects')
        .where('team_id', ctx.session.teamId)
        .whereRaw('? = ANY(labels)', [input.label]) // ok: sql-injection
        .count({ n: '*' })
      const recent = await ctx.knex.raw(`SELECT count(*) FROM projects WHERE team_id = ? AND '${input.label}' = ANY(labels) AND updated_at > now() - interval '7 days'`, [ctx.session.teamId]) // expect: sql-injection
      return { byLabel, recent: recent.rows[0] }
    }),

  byId: protectedProcedure.input(z.object({ id: z.string().uuid() })).query(async ({ ctx, input }) => {
    const row = await ctx.knex('projects').where({ id: input.id, team_id: ctx.session.teamId }).first()
    if (!row) throw new TRPCError({ code: 'NOT_FOUND' })
    return row
  }),

  filterFiles: protectedProcedure
    .input(z.object({ id: z.string().uuid(), pattern: z.string().max(200), literal: z.string().max(200).optional() }))
    .query(async ({ ctx, input }) => {
      const files: string[] = await ctx.knex('project_files').where({ project_id: input.id }).pluck('path')
      const re = new RegExp(input.pattern, 'i') // expect: regex-injection
      const lit = input.literal ? new RegExp(escapeRegExp(input.literal), 'i') : null // ok: regex-injection
      return files.filter((f) => re.test(f) && (!lit || lit.test(f)))
    }),

  log: protectedProcedure
    .input(z.object({ id: z.string().uuid(), ref: z.string().max(100), author: z.string().max(100).optional() }))
    .query(async ({ ctx, input }) => {
      const project = await ctx.knex('projects').where({ id: input.id, team_id: ctx.session.teamId }).first()
      if (!project) throw new TRPCError({ code: 'NOT_FOUND' })
      const cwd = path.join(REPOS_ROOT, project.slug)
      const { stdout } = await execa('git', ['log', '--format=%H%x09%s', '-n', '50', '--end-of-options', input.ref], { cwd }) // ok: command-injection
      const byAuthor = input.author
        ? await execaCommand(`git log --format=%H --author=${input.author} -n 50`, { cwd, shell: true }) // expect: command-injection
        : null
      return { commits: stdout.split('\n'), byAuthor: byAuthor?.stdout.split('\n') ?? [] }
    }),
})
