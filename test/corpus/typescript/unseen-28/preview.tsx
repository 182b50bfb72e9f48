// corpus: path=routes/docs/preview.tsx
import { Handlers, PageProps } from '$fresh/server.ts'
import { join, normalize } from '$std/path/mod.ts'
import { render } from '$gfm'

const CONTENT_DIR = join(Deno.cwd(), 'content')
const THEMES = ['light', 'dark', 'sepia'] as const

interface Data {
  html: string
  theme: string
  updated: string
}

export const handler: Handlers<Data> = {
  async GET(req, ctx) {
    const url = new URL(req.url)
    const file = url.searchParams.get('file') ?? 'index'
    const md = await Deno.readTextFile(join(CONTENT_DIR, `${file}.md`)) // expect: path-traversal
    const git = new Deno.Command('git', { args: ['log', '-1', '--format=%cI', '--', join('content', `${normalize(file)}.md`)] }) // ok: command-injection
    const { stdout } = await git.output()
    const theme = THEMES.find((t) => t === url.searchParams.get('theme')) ?? 'light'
    return ctx.render({ html: render(md), theme, updated: new TextDecoder().decode(stdout).trim() })
  },
  async POST(req) {
    const form = await req.formData()
    const slug = String(form.get('slug') ?? '')
    if (!/^[a-z0-9-]{1,64}$/.test(slug)) return new Response('bad slug', { status: 400 })
    await Deno.writeTextFile(join(CONTENT_DIR, 'drafts', `${slug}.md`), String(form.get('body') ?? '')) // ok: path-traversal
    return new Response(null, { status: 303, headers: { Location: `/docs/preview?file=drafts/${slug}` } }) // ok: open-redirect
  },
}

export default function Preview({ data }: PageProps<Data>) {
  return (
    <main data-theme={data.theme}>
      <p class="updated">Last updated {data.updated}</p>
      <article class="markdown-body" dangerouslySetInnerHTML={{ __html: data.html }} /> {/* ok: xss */}
    </main>
  )
}
