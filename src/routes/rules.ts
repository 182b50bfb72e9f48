import { z } from '@hono/zod-openapi'
import { html, raw } from 'hono/html'
import { CategorySchema, SeveritySchema } from '../contracts/severity'
import { ApiError, jsonErrorResponse } from '../errors'
import { cweUrl, ruleCatalog } from '../review'
import { CATEGORIES, PACKS, SEVERITIES, type RuleMeta } from '../review/types'
import type { App } from '../types'
import { RULE_PAGE_STYLESHEET } from './docs-assets'
import { apiRoute, jsonContent } from './openapi'

const RuleSchema = z
  .object({
    id: z.string().openapi({ example: 'python/sql-injection' }),
    title: z.string(),
    severity: SeveritySchema,
    category: CategorySchema,
    pack: z.enum(PACKS),
    tier: z.enum(['core', 'recommended', 'strict']).openapi({
      description: '`core` runs in every profile, `recommended` in `default` and `strict`, `strict` only in `strict`.',
    }),
    languages: z.union([z.array(z.string()), z.literal('*')]),
    description: z.string(),
    examples: z.object({ bad: z.string(), good: z.string() }),
    flow: z
      .object({
        sources: z.array(z.string()).openapi({ description: 'Where untrusted data comes from.' }),
        sinks: z.array(z.string()).openapi({ description: 'Where it does harm.' }),
        sanitizers: z.array(z.string()).openapi({ description: 'What makes it safe on the way.' }),
      })
      .nullable()
      .openapi({ description: 'What the data-flow analysis follows for this rule; `null` for rules that read lines, not flow.' }),
    cwe: z.array(z.string()).openapi({ description: 'The weaknesses the rule reports, most specific first; empty for style and hygiene rules.', example: ['CWE-89'] }),
    docs_url: z.string(),
  })
  .openapi('Rule')

const listRulesRoute = apiRoute('read', {
  method: 'get',
  path: '/api/rules',
  tags: ['rules'],
  summary: 'List every review rule with its metadata',
  request: {
    query: z.object({
      pack: z.enum(PACKS).optional(),
      language: z.string().max(50).optional(),
      severity: z.enum(SEVERITIES).optional(),
      category: z.enum(CATEGORIES).optional(),
    }),
  },
  responses: {
    200: {
      description: 'Rules sorted by id. The list is fixed for a deployment and carries an `ETag`: send it back in `If-None-Match` to be answered 304.',
      content: jsonContent(z.object({ data: z.array(RuleSchema) })),
    },
    304: { description: 'Not modified: the `If-None-Match` given names the list this deployment serves' },
  },
})

type RuleQuery = { pack?: string; language?: string; severity?: string; category?: string }

/**
 * The catalogue does not change while a deployment runs, and the whole list is about 300 KB of
 * JSON: each filtered list is serialised once per isolate, with an ETag, so a client that asks
 * again with `If-None-Match` gets a 304 instead of the list. (Like every /api answer it is
 * `no-store`: the client keeps the validator and the copy itself.) Keys are bounded: `language`
 * is free text, and a client sending many distinct ones only refills this small table.
 */
const listings = new Map<string, { body: string; etag: string }>()
const MAX_LISTINGS = 32

function listing(q: RuleQuery): { body: string; etag: string } {
  const key = `${q.pack ?? ''}|${q.language ?? ''}|${q.severity ?? ''}|${q.category ?? ''}`
  let found = listings.get(key)
  if (found) return found
  const rules = ruleCatalog().filter(
    (r) =>
      (!q.pack || r.pack === q.pack) &&
      (!q.severity || r.severity === q.severity) &&
      (!q.category || r.category === q.category) &&
      (!q.language || r.languages === '*' || r.languages.includes(q.language as never)),
  )
  const body = JSON.stringify({ data: rules.map((r) => ({ ...r, flow: r.flow ?? null, cwe: r.cwe ?? [], docs_url: docsPath(r.id) })) })
  if (listings.size >= MAX_LISTINGS) listings.clear()
  listings.set(key, (found = { body, etag: `"rules-${body.length.toString(36)}-${fnv1a(body)}"` }))
  return found
}

/** FNV-1a over the UTF-16 code units: a validator for a body this isolate made, not a digest anyone must reproduce. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return (h >>> 0).toString(36)
}

/** `If-None-Match` names `etag` (or is `*`); weak validators compare by their opaque part, as RFC 9110 says for GET. */
function notModified(header: string | undefined, etag: string): boolean {
  if (!header) return false
  return header.split(',').some((tag) => {
    const t = tag.trim()
    return t === '*' || t.replace(/^W\//, '') === etag
  })
}

const docsPath = (id: string) => `/docs/rules/${id}`

export function registerRuleRoutes(app: App) {
  app.openapi(listRulesRoute, (c) => {
    const { body, etag } = listing(c.req.valid('query'))
    if (notModified(c.req.header('If-None-Match'), etag)) return c.body(null, 304, { ETag: etag })
    return c.body(body, 200, { ETag: etag, 'Content-Type': 'application/json' })
  })

  // Public, human-readable rule pages: the help links in SARIF and rdjson point here.
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/docs/rules/{namespace}/{name}',
    tags: ['rules'],
    summary: 'A rule as a human-readable page',
    description: 'Public; the help links in SARIF and rdjson reports point here. Rule ids are `namespace/name`.',
  request: {
      params: z.object({
        namespace: z.string().openapi({ example: 'python' }),
        name: z.string().openapi({ example: 'sql-injection' }),
      }),
    },
    responses: {
      200: { description: 'An HTML page', content: { 'text/html': { schema: z.string() } } },
      404: jsonErrorResponse('No such rule'),
    },
  })
  app.get('/docs/rules/:namespace/:name', (c) => {
    const id = `${c.req.param('namespace')}/${c.req.param('name')}`
    const rule = ruleCatalog().find((r) => r.id === id)
    if (!rule) throw new ApiError('not_found', `No rule ${id}`)
    const languages = rule.languages === '*' ? 'all files' : rule.languages.join(', ')
    return c.html(html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${rule.id} · Code Review Assistant</title>
<link rel="stylesheet" href="${RULE_PAGE_STYLESHEET}"></head>
<body><h1><code>${rule.id}</code></h1><p><strong>${rule.title}</strong></p>
<p>Severity: ${rule.severity} · Category: ${rule.category} · Pack: ${rule.pack} · Profiles: ${rule.tier === 'core' ? 'all' : rule.tier === 'recommended' ? 'default, strict' : 'strict'} · Languages: ${languages}${rule.cwe?.length ? html` · ${rule.cwe.map((id, i) => html`${i > 0 ? ', ' : ''}<a href="${cweUrl(id)}">${id}</a>`)}` : ''}</p>
<p>${inlineCode(rule.description)}</p>
<h2>Flagged</h2><pre><code>${rule.examples.bad}</code></pre>
<h2>Preferred</h2><pre><code>${rule.examples.good}</code></pre>
${rule.flow ? flowSection(rule.flow) : ''}
<p>Silence one line with <code>review-ignore: ${rule.id}</code> in a comment on it${raw('&nbsp;')}(or <code>review-ignore-next-line ${rule.id}</code> above it), or turn the rule off per submission with <code>options.disable</code>.</p>
</body></html>`)
  })
}

/** Catalogue entries quote code in backticks; on the page those become <code>, everything else is escaped. */
function flowSection(flow: NonNullable<RuleMeta['flow']>) {
  const list = (title: string, items: string[]) =>
    html`<h3>${title}</h3><ul>${items.map((item) => html`<li>${inlineCode(item)}</li>`)}</ul>`
  return html`<h2>Data flow</h2>${list('Sources', flow.sources)}${list('Sinks', flow.sinks)}${list('Sanitizers', flow.sanitizers)}`
}

function inlineCode(text: string) {
  return text.split('`').map((part, i) => (i % 2 === 1 ? html`<code>${part}</code>` : html`${part}`))
}
