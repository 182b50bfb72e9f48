// corpus: path=src/routes/search/index.tsx
import { component$, useSignal, $ } from '@builder.io/qwik'
import { routeLoader$, routeAction$, server$, zod$, z, Form, type DocumentHead } from '@builder.io/qwik-city'
import { neon } from '@neondatabase/serverless'
import { execFile, execSync } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

interface Hit {
  id: number
  title: string
  url: string
}

export const useHits = routeLoader$(async ({ query, env }) => {
  const sql = neon(env.get('DATABASE_URL')!)
  const q = query.get('q') ?? ''
  const site = query.get('site')
  if (!q) return [] as Hit[]
  const hits = site
    ? await sql(`SELECT id, title, url FROM pages WHERE site = '${site}' AND title ILIKE $1 LIMIT 30`, [`%${q}%`]) // expect: sql-injection
    : await sql`SELECT id, title, url FROM pages WHERE title ILIKE ${'%' + q + '%'} LIMIT 30` // ok: sql-injection
  return hits as Hit[]
})

export const useRecent = routeLoader$(async ({ env, cookie }) => {
  const sql = neon(env.get('DATABASE_URL')!)
  const visitor = cookie.get('visitor')?.value ?? ''
  return (await sql('SELECT term FROM searches WHERE visitor = $1 ORDER BY at DESC LIMIT 5', [visitor])) as { term: string }[] // ok: sql-injection
})

export const useSaveSearch = routeAction$(
  async (data, { env, redirect, cookie }) => {
    const sql = neon(env.get('DATABASE_URL')!)
    await sql`INSERT INTO saved_searches (visitor, term) VALUES (${cookie.get('visitor')?.value ?? ''}, ${data.term})`
    throw redirect(302, data.back) // expect: open-redirect
  },
  zod$({ term: z.string().min(1).max(100), back: z.string() }),
)

export const useClearSearches = routeAction$(
  async (data, { env, redirect, cookie }) => {
    const sql = neon(env.get('DATABASE_URL')!)
    await sql`DELETE FROM saved_searches WHERE visitor = ${cookie.get('visitor')?.value ?? ''} AND scope = ${data.scope}`
    throw redirect(302, `/search?cleared=${data.scope}`) // ok: open-redirect
  },
  zod$({ scope: z.enum(['all', 'week']) }),
)

// server$ functions are endpoints: the browser posts their arguments, so anyone can call them with any value
const checkSite = server$(async function (host: string) {
  const out = execSync(`curl -sI --max-time 5 https://${host}/ | head -1`, { encoding: 'utf8' }) // expect: command-injection
  return out.trim()
})

const checkSiteArgs = server$(async function (host: string) {
  const { stdout } = await run('curl', ['-sI', '--max-time', '5', `https://${encodeURIComponent(host)}/`]) // ok: command-injection
  return stdout.split('\n')[0]
})

const previewPage = server$(async function (url: string) {
  const res = await fetch(url) // expect: ssrf
  const text = await res.text()
  return text.slice(0, 500)
})

export default component$(() => {
  const hits = useHits()
  const recent = useRecent()
  const save = useSaveSearch()
  const status = useSignal('')
  const snippet = useSignal('')

  const onCheck = $(async (host: string) => {
    status.value = await checkSite(host)
    status.value += ' / ' + (await checkSiteArgs(host))
  })

  return (
    <div>
      <Form action={save}>
        <input name="term" />
        <input type="hidden" name="back" value="/search" />
        <button>Save</button>
      </Form>
      <ul>
        {recent.value.map((r) => (
          <li key={r.term}>{r.term}</li>
        ))}
      </ul>
      <ul>
        {hits.value.map((h) => (
          <li key={h.id}>
            <a href={h.url}>{h.title}</a> <button onClick$={() => onCheck(new URL(h.url).host)}>check</button>
            <button onClick$={async () => (snippet.value = await previewPage(h.url))}>preview</button>
          </li>
        ))}
      </ul>
      <p>{status.value}</p>
      <pre>{snippet.value}</pre>{/* ok: xss */}
    </div>
  )
})

export const head: DocumentHead = { title: 'Search' }
