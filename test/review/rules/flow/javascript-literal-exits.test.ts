/**
 * `if (name === 'index.json') return listing()`: the branch that leaves is the only one the literal pins, so what
 * follows still holds every other value the client can send. Look-alikes: the pinned value used inside the branch,
 * and a rejecting check (`if (name !== 'report.csv') return`) that lets only the literal through.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const ROUTE = { path: 'src/routes/api/exports/[file]/+server.ts' }
const GET = (body: string) => `import { json } from '@sveltejs/kit'\nimport { createReadStream } from 'node:fs'\nimport { readdir } from 'node:fs/promises'\nimport path from 'node:path'\nexport const GET = async ({ params }) => {\n${body}}\n`

testRule(registered('js/path-traversal'), {
  valid: [
    { ...ROUTE, code: GET("  if (params.file !== 'report.csv') return new Response(null, { status: 404 })\n  return new Response(createReadStream(path.join('/srv/exports', params.file)))\n") },
    { ...ROUTE, code: GET("  if (params.file === 'report.csv') {\n    return new Response(createReadStream(path.join('/srv/exports', params.file)))\n  }\n  return json(await readdir('/srv/exports'))\n") },
  ],
  invalid: [
    { ...ROUTE, code: GET("  if (params.file === 'index.json') {\n    return json(await readdir('/srv/exports'))\n  }\n  return new Response(createReadStream(path.join('/srv/exports', params.file)))\n"), findings: [{ line: 9 }] },
    { ...ROUTE, code: GET("  if (params.file === 'index.json' || params.file === 'list') return json(await readdir('/srv/exports'))\n  return new Response(createReadStream(path.join('/srv/exports', params.file)))\n"), findings: [{ line: 7 }] },
  ],
})
