// corpus: path=src/server/api/routers/admin.ts
import { TRPCError } from '@trpc/server'
import { z } from 'zod'
import { count, desc, eq, ilike, sql } from 'drizzle-orm'
import { spawn } from 'node:child_process'
import { createReadStream } from 'node:fs'
import path from 'node:path'
import { adminProcedure, createTRPCRouter } from '~/server/api/trpc'
import { users, auditLog } from '~/server/db/schema'

const BACKUP_DIR = '/var/backups/app'

export const adminRouter = createTRPCRouter({
  users: adminProcedure
    .input(z.object({ search: z.string().max(100).optional(), page: z.number().int().min(1).default(1) }))
    .query(async ({ ctx, input }) => {
      const where = input.search ? ilike(users.email, `%${input.search}%`) : undefined
      const [rows, [{ total }]] = await Promise.all([
        ctx.db.select().from(users).where(where).orderBy(desc(users.createdAt)).limit(50).offset((input.page - 1) * 50),
        ctx.db.select({ total: count() }).from(users).where(where),
      ])
      return { rows, total }
    }),

  userStats: adminProcedure
    .input(z.object({ groupBy: z.string().default('role'), since: z.string().datetime().optional() }))
    .query(async ({ ctx, input }) => {
      const since = input.since ? new Date(input.since) : new Date(Date.now() - 30 * 864e5)
      return ctx.db.execute( // expect: sql-injection
        sql`select ${sql.raw(input.groupBy)} as bucket, count(*)::int as n from users where created_at >= ${since} group by 1 order by 2 desc`,
      )
    }),

  setRole: adminProcedure
    .input(z.object({ userId: z.string().uuid(), role: z.enum(['member', 'support', 'admin']) }))
    .mutation(async ({ ctx, input }) => {
      if (input.userId === ctx.session.user.id) {
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'You cannot change your own role' })
      }
      await ctx.db.update(users).set({ role: input.role }).where(eq(users.id, input.userId))
      await ctx.db.insert(auditLog).values({ actorId: ctx.session.user.id, action: 'user.role', target: input.userId })
      return { ok: true }
    }),

  impersonate: adminProcedure
    .input(z.object({ userId: z.string().uuid() }))
    .mutation(async ({ ctx, input }) => {
      const [target] = await ctx.db.select().from(users).where(eq(users.id, input.userId)) // ok: sql-injection
      if (!target) throw new TRPCError({ code: 'NOT_FOUND' })
      ctx.session.impersonating = target.id // ok: trust-boundary
      await ctx.db.insert(auditLog).values({ actorId: ctx.session.user.id, action: 'user.impersonate', target: input.userId })
      return { ok: true }
    }),

  backup: adminProcedure
    .input(z.object({ label: z.string().regex(/^[a-z0-9-]{1,40}$/), tables: z.array(z.string()).default([]) }))
    .mutation(async ({ ctx, input }) => {
      const file = path.join(BACKUP_DIR, `${new Date().toISOString().slice(0, 10)}-${input.label}.dump`)
      const args = ['--format=custom', `--file=${file}`, ...input.tables.map((t) => `--table=${t}`), process.env.DATABASE_URL!]
      const child = spawn('pg_dump', args, { stdio: 'ignore' }) // ok: command-injection
      const shellChild = spawn(`pg_dump --format=custom ${input.tables.map((t) => `-t ${t}`).join(' ')} "$DATABASE_URL" | gzip > ${file}.gz`, { shell: true }) // expect: command-injection
      await Promise.all([once(child), once(shellChild)])
      await ctx.db.insert(auditLog).values({ actorId: ctx.session.user.id, action: 'db.backup', target: file })
      return { file }
    }),

  downloadBackup: adminProcedure
    .input(z.object({ name: z.string() }))
    .query(async ({ input }) => {
      const stream = createReadStream(path.join(BACKUP_DIR, input.name)) // expect: path-traversal
      const chunks: Buffer[] = []
      for await (const chunk of stream) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks).toString('base64')
    }),

  auditLog: adminProcedure
    .input(z.object({ limit: z.number().int().max(200).default(50) }))
    .query(({ ctx, input }) => ctx.db.select().from(auditLog).orderBy(desc(auditLog.at)).limit(input.limit)),
})

function once(child: ReturnType<typeof spawn>) {
  return new Promise<void>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))))
  })
}
