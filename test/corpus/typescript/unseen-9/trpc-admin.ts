// corpus: path=src/server/routers/admin.ts
import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { exec } from 'node:child_process';
import { promisify } from 'node:util';
import { Prisma } from '@prisma/client';
import { adminProcedure, router } from '../trpc';

const sh = promisify(exec);

export const adminRouter = router({
  usersByDomain: adminProcedure
    .input(z.object({ domain: z.string(), orderBy: z.string().default('created_at') }))
    .query(async ({ ctx, input }) => {
      return ctx.prisma.$queryRawUnsafe( // expect: sql-injection
        `SELECT id, email FROM "User" WHERE email LIKE '%@${input.domain}' ORDER BY ${input.orderBy}`,
      );
    }),

  userCount: adminProcedure.input(z.object({ domain: z.string() })).query(async ({ ctx, input }) => {
    const rows = await ctx.prisma.$queryRaw<{ n: bigint }[]>(Prisma.sql`SELECT count(*) AS n FROM "User" WHERE email LIKE ${'%@' + input.domain}`); // ok: sql-injection
    return Number(rows[0]?.n ?? 0);
  }),

  diskUsage: adminProcedure.input(z.object({ tenant: z.string() })).mutation(async ({ input }) => {
    const { stdout } = await sh(`du -sh /srv/tenants/${input.tenant}`); // expect: command-injection
    return stdout.trim();
  }),

  restartWorker: adminProcedure.input(z.object({ name: z.enum(['mailer', 'indexer', 'billing']) })).mutation(async ({ input }) => {
    const { stdout } = await sh(`systemctl restart app-${input.name}.service`); // ok: command-injection
    return stdout;
  }),

  impersonate: adminProcedure.input(z.object({ userId: z.string().uuid() })).mutation(async ({ ctx, input }) => {
    const user = await ctx.prisma.user.findUnique({ where: { id: input.userId } });
    if (!user) throw new TRPCError({ code: 'NOT_FOUND' });
    await ctx.audit.log('impersonate', { actor: ctx.session.user.id, target: user.id });
    return { token: await ctx.sessions.issue(user.id, { impersonatedBy: ctx.session.user.id }) };
  }),
});
