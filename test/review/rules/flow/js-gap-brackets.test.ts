/**
 * JS/TS gap brackets around a settings literal's heading: a next.config change with two hunks, the
 * first starting inside `const nextConfig = {` (its heading written back above it), the second
 * resuming after a nested block the gap closes. The heading's `{` stays open across the gap, and
 * the nested block is closed as an entry of the literal (`},`), so the file parses as one object.
 */
import { describe, expect, it } from 'vitest'
import { createFileUnderReview } from '../../../../src/review/context'
import { parseUnifiedDiff } from '../../../../src/review/diff'
import { withGapBrackets } from '../../../../src/review/flow/js-gaps'
import { detectLanguage } from '../../../../src/review/language'
import { newSideSource } from '../../../../src/review/syntax/source'
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const NEXT_CONFIG = [
  'diff --git a/next.config.js b/next.config.js',
  '--- a/next.config.js',
  '+++ b/next.config.js',
  '@@ -6,6 +6,7 @@ const nextConfig = {',
  "   typescript: { ignoreBuildErrors: false },",
  "   i18n: { locales: ['en'], defaultLocale: 'en' },",
  '   images: {',
  '+    dangerouslyAllowSVG: true,',
  "     remotePatterns: [{ protocol: 'https', hostname: 'cdn.shipyard.dev' }],",
  '   },',
  '   experimental: {',
  '@@ -24,6 +25,9 @@ const nextConfig = {',
  '   poweredByHeader: false,',
  '   compress: true,',
  "   output: 'standalone',",
  '+  env: {',
  "+    NEXT_PUBLIC_TRACKING_API: 'http://track.parcelroute.com/v1',",
  '+  },',
  '   trailingSlash: false,',
  "   basePath: '',",
  ' }',
  '',
].join('\n')

function gapRows(diff: string): string[] | undefined {
  const [parsed] = parseUnifiedDiff(diff)
  const file = createFileUnderReview(parsed!, detectLanguage(parsed!.path), false)
  return withGapBrackets(file, newSideSource(file))?.split('\n')
}

describe('withGapBrackets after a written-back literal heading', () => {
  it('keeps the heading open across the gap and closes the nested entry with a comma', () => {
    const rows = gapRows(NEXT_CONFIG)!
    expect(rows[4]).toBe('const nextConfig = {')
    expect(rows[23]).toBe('},')
    expect(rows.join('\n')).not.toMatch(/\}\{/)
  })

  it('writes nothing more than the closer when the hunk resumes with a statement', () => {
    const statement = NEXT_CONFIG.replace('   poweredByHeader: false,', '   poweredByHeader: false')
    expect(gapRows(statement)![23]).toBe('}')
  })
})

// A handler's hunk that starts inside a block of it (`if (customer) {` is in the gap): the `}` the hunk shows at the
// statements' depth closes that block, not the handler, so the handler stays open for its later hunk.
const HANDLER = [
  'diff --git a/src/repositories/orders.js b/src/repositories/orders.js',
  '--- a/src/repositories/orders.js',
  '+++ b/src/repositories/orders.js',
  '@@ -18,6 +18,9 @@ async function listOrders(req, res) {',
  "     where.push('customer_id = :customer')",
  '     replacements.customer = customer',
  '   }',
  '+  if (from) {',
  "+    where.push(`created_at >= '${from}'`)",
  '+  }',
  ' ',
  "   const orderBy = SORTABLE.has(sort) ? sort : 'created_at'",
  "   const dir = direction === 'asc' ? 'ASC' : 'DESC'",
  '@@ -29,6 +32,7 @@ async function listOrders(req, res) {',
  '   res.json(rows)',
  ' }',
  ' ',
  '+// totals below',
  ' async function orderTotals(req, res) {',
  "   const rows = await knex('orders').select('status')",
  '   res.json(rows)',
  '',
].join('\n')

describe('withGapBrackets in a hunk that starts inside a block of its function', () => {
  it('writes the function open with the block inside it, so the later hunk closes the function itself', () => {
    const rows = gapRows(HANDLER)!
    expect(rows[16]).toBe('async function listOrders(req, res) { {')
    expect(rows[30]).toBe('')
    expect(rows.join('\n')).not.toMatch(/^\{/m)
  })
})

// Git cuts the hunk header's function line at 80 characters: a long handler signature arrives without its `{`.
const LONG_HEADER = [
  'diff --git a/pages/api/render.ts b/pages/api/render.ts',
  '--- a/pages/api/render.ts',
  '+++ b/pages/api/render.ts',
  '@@ -17,4 +17,5 @@ export default async function handler(req: NextApiRequest, res: NextApiResponse)',
  "   const name = template === 'receipt' ? 'receipt' : 'invoice'",
  "+  const localized = fs.readFileSync(path.join(TEMPLATE_DIR, String(req.query.locale), `${name}.html`), 'utf8')",
  "   res.setHeader('content-type', 'text/html; charset=utf-8')",
  '   res.status(200).send(html)',
  ' }',
  '',
].join('\n')

describe('withGapBrackets under a cut hunk header', () => {
  it('writes the handler back with the brace git cut off', () => {
    expect(gapRows(LONG_HEADER)![15]).toBe('export default async function handler(req: NextApiRequest, res: NextApiResponse) {')
  })

  it('closes a parameter list cut in the middle', () => {
    const cut = LONG_HEADER.replace('res: NextApiResponse)', 'res: NextApiRes')
    expect(gapRows(cut)![15]).toBe('export default async function handler(req: NextApiRequest, res: NextApiRes) {')
  })
})

// A component changed in three places: the second hunk resumes inside a `fetch(…).then(…)` chain the gap holds, and the
// last ends inside the markup (`<form` with its `>` in the gap, an `<li>` left open in a `map`).
const COMPONENT = (summary: string) =>
  [
    'diff --git a/app/search/Results.tsx b/app/search/Results.tsx',
    '--- a/app/search/Results.tsx',
    '+++ b/app/search/Results.tsx',
    '@@ -1,9 +1,10 @@',
    " import { useEffect, useRef, useState } from 'react'",
    " import { useSearchParams } from 'next/navigation'",
    ' ',
    ' export default function Results() {',
    '   const params = useSearchParams()',
    "   const q = params.get('q') ?? ''",
    '   const [hits, setHits] = useState<Hit[]>([])',
    '+  const summaryRef = useRef<HTMLParagraphElement>(null)',
    '   useEffect(() => {',
    '     if (!q) {',
    '@@ -14,6 +15,10 @@ export default function Results() {',
    '       .then(setHits)',
    '       .finally(() => setLoading(false))',
    '   }, [q])',
    '+  useEffect(() => {',
    '+    if (!summaryRef.current) return',
    `+    summaryRef.current.innerHTML = ${summary}`,
    '+  }, [hits, q])',
    '   return (',
    '     <section>',
    '       <form',
    '@@ -25,5 +30,6 @@ export default function Results() {',
    '         <input name="q" defaultValue={q} />',
    '       </form>',
    '+      <p ref={summaryRef} className="summary" />',
    '       <ul>',
    '         {hits.map((h) => (',
    '           <li key={h.id}>',
    '',
  ].join('\n')

describe('withGapBrackets in a component whose hunks resume in a chain and end in markup', () => {
  it('stands in for the chain the gap began, writes the tag end the gap held, and closes the open elements in order', () => {
    const rows = gapRows(COMPONENT('`Results for <mark>${q}</mark>`'))!
    expect(rows[13]).toBe('} hunkGap')
    expect(rows[28]).toBe('>')
    expect(rows.at(-1)).toBe('</li>))}</ul></section>)}')
  })
})

testRule(registered('js/xss-sink'), {
  valid: [{ path: 'app/search/Results.tsx', code: '', diff: COMPONENT('hits.length ? `Results for <mark>${escapeHtml(q)}</mark>` : `No results for <mark>${escapeHtml(q)}</mark>`') }],
  // One branch escapes the term and the other does not: only the flow, reading the whole component, can tell.
  invalid: [{ path: 'app/search/Results.tsx', code: '', diff: COMPONENT('hits.length ? `Results for <mark>${q}</mark>` : `No results for <mark>${escapeHtml(q)}</mark>`'), findings: [{ line: 20 }] }],
})

// A modified component whose one hunk starts at line 1 and stops before the component closes: the closers are written
// back as they are after a last hunk, so the file parses and the flow reads the component whole.
const FROM_TOP = (html: string) =>
  [
    'diff --git a/app/routes/notes.tsx b/app/routes/notes.tsx',
    'index 1111111..2222222 100644',
    '--- a/app/routes/notes.tsx',
    '+++ b/app/routes/notes.tsx',
    '@@ -1,8 +1,9 @@',
    " import DOMPurify from 'dompurify'",
    " import { marked } from 'marked'",
    ' export default function Note({ body }: { body: string }) {',
    `+  const html = ${html}`,
    '   return (',
    '     <main className="note">',
    '       <h1>Note</h1>',
    '       <article dangerouslySetInnerHTML={{ __html: html }} />',
    '       <footer>',
    '',
  ].join('\n')

describe('withGapBrackets in a modified file whose one hunk starts at line 1', () => {
  it('closes what the hunk left open, as after a last hunk', () => {
    expect(gapRows(FROM_TOP('DOMPurify.sanitize(marked.parse(body) as string)'))!.at(-1)).toBe('</footer></main>)}')
  })
})

testRule(registered('js/xss-sink'), {
  valid: [{ path: 'app/routes/notes.tsx', code: '', diff: FROM_TOP('DOMPurify.sanitize(marked.parse(body) as string)') }],
  invalid: [{ path: 'app/routes/notes.tsx', code: '', diff: FROM_TOP("new URLSearchParams(window.location.search).get('preview') ?? ''"), findings: [{ line: 8, message: /request data/ }] }],
})
