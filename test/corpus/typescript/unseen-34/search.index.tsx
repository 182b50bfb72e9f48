// corpus: path=src/routes/search/index.tsx
import { component$ } from '@builder.io/qwik'
import { Form, routeAction$, routeLoader$, server$, zod$, z } from '@builder.io/qwik-city'
import { readFile } from 'node:fs/promises'
import { join, normalize } from 'node:path'

import { getDb } from '~/lib/db'

const GUIDES = '/srv/site/guides'
const KINDS = ['article', 'video', 'podcast'] as const

// Qwik City: routeLoader$ and routeAction$ run on the server for every request; query, params
// and the action's data are what the browser sent.
export const useResults = routeLoader$(async ({ query, platform }) => {
  const q = query.get('q') ?? ''
  const kind = query.get('kind') ?? 'article'
  const db = getDb(platform)
  const { results } = await db.prepare(`SELECT id, title, excerpt FROM content WHERE kind = '${kind}' AND title LIKE ?`).bind(`%${q}%`).all() // expect: sql-injection
  return { q, results }
})

export const useResultsV2 = routeLoader$(async ({ query, platform }) => {
  const q = query.get('q') ?? ''
  const kind = KINDS.find((k) => k === query.get('kind')) ?? 'article'
  const db = getDb(platform)
  const { results } = await db.prepare(`SELECT id, title, excerpt FROM content WHERE kind = '${kind}' AND title LIKE ?`).bind(`%${q}%`).all() // ok: sql-injection
  return { q, results }
})

export const useSubscribe = routeAction$(
  async (data, { redirect, platform }) => {
    const db = getDb(platform)
    await db.prepare('INSERT INTO subscribers (email) VALUES (?)').bind(data.email).run() // ok: sql-injection
    throw redirect(302, data.next) // expect: open-redirect
  },
  zod$({ email: z.string().email(), next: z.string() }),
)

export const useSubscribeV2 = routeAction$(
  async (data, { redirect, platform }) => {
    const db = getDb(platform)
    await db.prepare('INSERT INTO subscribers (email) VALUES (?)').bind(data.email).run()
    throw redirect(302, data.next.startsWith('/') && !data.next.startsWith('//') ? data.next : '/') // ok: open-redirect
  },
  zod$({ email: z.string().email(), next: z.string() }),
)

// server$ functions are reachable by a POST from any client, with any argument.
const guideText = server$(async function (slug: string) {
  return readFile(join(GUIDES, `${slug}.md`), 'utf8') // expect: path-traversal
})

const guideTextV2 = server$(async function (slug: string) {
  const file = normalize(join(GUIDES, `${slug}.md`))
  if (!file.startsWith(GUIDES + '/')) throw new Error('bad guide')
  return readFile(file, 'utf8') // ok: path-traversal
})

export default component$(() => {
  const results = useResults()
  const subscribe = useSubscribe()
  return (
    <div>
      <h1 dangerouslySetInnerHTML={`Results for ${results.value.q}`} /> {/* expect: xss */}
      <h2>Results for {results.value.q}</h2> {/* ok: xss */}
      <ul>
        {results.value.results.map((r: any) => (
          <li key={r.id}>
            <a href={`/content/${r.id}`}>{r.title}</a>
          </li>
        ))}
      </ul>
      <Form action={subscribe}>
        <input name="email" type="email" />
        <input name="next" type="hidden" value="/search" />
        <button onClick$={async () => console.info(await guideText('welcome'), await guideTextV2('welcome'))}>Subscribe</button>
      </Form>
    </div>
  )
})
