/**
 * MikroORM's `raw()` puts its text into the query as written, wherever the fragment goes (a select, a where, or the
 * computed key of an `orderBy({ [raw(…)]: 'desc' })`). Look-alikes: a column picked from a table, values bound
 * through raw()'s parameters.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const TS = { path: 'src/modules/catalog/catalog.routes.ts' }
const ROUTE = (body: string) => `import { raw } from '@mikro-orm/postgresql'\napp.get('/top', async (request) => {\n  const metric = request.query.metric ?? 'units_sold'\n  const qb = em.createQueryBuilder(Product, 'p')\n${body}})\n`

testRule(registered('js/sql-injection'), {
  valid: [
    { ...TS, code: ROUTE("  const column = ({ units: 'units_sold', revenue: 'revenue' } as Record<string, string>)[metric] ?? 'units_sold'\n  return qb.select('*').orderBy({ [raw(`p.stats->>'${column}'`)]: 'desc' }).getResultList()\n") },
    { ...TS, code: ROUTE("  return qb.select('*').where(raw('p.stats->>? > 0', [metric])).getResultList()\n") },
  ],
  invalid: [
    { ...TS, code: ROUTE("  return qb.select('*').orderBy({ [raw(`p.stats->>'${metric}'`)]: 'desc' }).getResultList()\n"), findings: [{ line: 5 }] },
    { ...TS, code: ROUTE("  const score = raw(`coalesce(p.stats->>'${metric}', '0')::int`)\n  return qb.select(['p.id', score]).getResultList()\n"), findings: [{ line: 5 }] },
  ],
})
