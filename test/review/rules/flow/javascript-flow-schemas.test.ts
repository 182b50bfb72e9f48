/**
 * Validation libraries besides zod: valibot's functional schemas (`v.object`, `v.pipe(v.string(), v.uuid())`,
 * `v.picklist`) narrow what `v.parse`/`v.safeParse` hand back as zod's do; a plain `v.string()` narrows nothing.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const hono = (schema: string) =>
  `import { Hono } from 'hono'\nimport { vValidator } from '@hono/valibot-validator'\nimport * as v from 'valibot'\nimport { readFile } from 'node:fs/promises'\nconst app = new Hono()\napp.get('/exports/:id', vValidator('param', v.object({ id: ${schema} })), async (c) => {\n  const { id } = c.req.valid('param')\n  return c.body(await readFile(\`/var/exports/\${id}.csv\`))\n})\n`
const ROUTE = { path: 'app/api/exports/[id]/route.ts' }
const head = "import { readFile } from 'node:fs/promises'\nimport * as v from 'valibot'\n"
const handler = (schema: string, read: string) =>
  `${head}const Params = v.object({ id: ${schema} })\nexport async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {\n${read}\n  return new Response(await readFile(\`/var/exports/\${id}.csv\`))\n}\n`

testRule(registered('js/path-traversal'), {
  valid: [
    { ...ROUTE, code: handler('v.pipe(v.string(), v.uuid())', '  const { id } = v.parse(Params, await params)') },
    { ...ROUTE, code: handler("v.picklist(['daily', 'weekly'])", '  const { id } = v.parse(Params, await params)') },
    { ...ROUTE, code: handler('v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/))', '  const r = v.safeParse(Params, await params)\n  if (!r.success) return new Response(null, { status: 400 })\n  const { id } = r.output') },
    // Named imports read the same.
    { ...ROUTE, code: "import { readFile } from 'node:fs/promises'\nimport { object, parse, pipe, string, uuid } from 'valibot'\nconst Params = object({ id: pipe(string(), uuid()) })\nexport async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {\n  const { id } = parse(Params, await params)\n  return new Response(await readFile(`/var/exports/${id}.csv`))\n}\n" },
    // Hono's valibot validator middleware, as its zod one.
    { path: 'src/routes/exports.ts', code: hono('v.pipe(v.string(), v.uuid())') },
  ],
  invalid: [
    { path: 'src/routes/exports.ts', code: hono('v.string()'), findings: [{ line: 8 }] },
    { ...ROUTE, code: handler('v.pipe(v.string(), v.minLength(1))', '  const { id } = v.parse(Params, await params)'), findings: [{ line: 6 }] },
    { ...ROUTE, code: handler('v.string()', '  const r = v.safeParse(Params, await params)\n  if (!r.success) return new Response(null, { status: 400 })\n  const { id } = r.output'), findings: [{ line: 8 }] },
    { ...ROUTE, code: "import { readFile } from 'node:fs/promises'\nimport { object, parse, pipe, string, trim } from 'valibot'\nconst Params = object({ id: pipe(string(), trim()) })\nexport async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {\n  const { id } = parse(Params, await params)\n  return new Response(await readFile(`/var/exports/${id}.csv`))\n}\n", findings: [{ line: 6 }] },
  ],
})
