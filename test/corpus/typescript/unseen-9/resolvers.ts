// corpus: path=src/graphql/resolvers/report.ts
import Handlebars from 'handlebars';
import type { Knex } from 'knex';
import { GraphQLError } from 'graphql';
import type { Resolvers } from '../generated/types';

interface Ctx {
  knex: Knex;
  user: { id: string; orgId: string; role: 'admin' | 'member' } | null;
}

function requireUser(ctx: Ctx) {
  if (!ctx.user) throw new GraphQLError('unauthenticated', { extensions: { code: 'UNAUTHENTICATED' } });
  return ctx.user;
}

export const reportResolvers: Resolvers<Ctx> = {
  Query: {
    reports: async (_parent, { status, orderBy }, ctx) => {
      const user = requireUser(ctx);
      return ctx.knex('reports')
        .where({ org_id: user.orgId, status })
        .orderByRaw(`${orderBy ?? 'created_at'} desc`) // expect: sql-injection
        .limit(50);
    },
    report: async (_parent, { id }, ctx) => {
      const user = requireUser(ctx);
      return ctx.knex('reports').where({ id, org_id: user.orgId }).first(); // ok: sql-injection
    },
    reportTotals: async (_parent, { groupBy }, ctx) => {
      const user = requireUser(ctx);
      const column = groupBy === 'owner' ? 'owner_id' : 'status';
      return ctx.knex.raw(`SELECT ${column} AS key, count(*) AS n FROM reports WHERE org_id = ? GROUP BY 1`, [user.orgId]); // ok: sql-injection
    },
  },
  Mutation: {
    previewReport: async (_parent, { template, data }, ctx) => {
      requireUser(ctx);
      const render = Handlebars.compile(template); // expect: template-injection
      return { html: render(JSON.parse(data)) };
    },
    renameReport: async (_parent, { id, title }, ctx) => {
      const user = requireUser(ctx);
      await ctx.knex.raw(`UPDATE reports SET title = '${title}' WHERE id = ? AND org_id = ?`, [id, user.orgId]); // expect: sql-injection
      return ctx.knex('reports').where({ id }).first();
    },
  },
};
