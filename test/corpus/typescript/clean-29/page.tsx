// corpus: path=src/app/w/[slug]/page.tsx
import { notFound, redirect } from 'next/navigation'
import { headers } from 'next/headers'
import Script from 'next/script'
import { createHash } from 'node:crypto'
import { getSession } from '@/lib/session'
import { db } from '@/lib/db'
import { Board } from '@/components/Board'

const API_BASE = 'https://api.tasks.example.com/v1'

interface Props {
  params: Promise<{ slug: string }>
  searchParams: Promise<{ view?: string }>
}

const VIEWS = new Set(['board', 'list', 'calendar'])

function gravatar(email: string): string {
  const hash = createHash('md5').update(email.trim().toLowerCase()).digest('hex') // ok: weak-hash
  return `https://www.gravatar.com/avatar/${hash}?d=identicon&s=64`
}

async function fetchUsage(workspaceId: string, token: string) {
  const res = await fetch(`${API_BASE}/workspaces/${encodeURIComponent(workspaceId)}/usage`, { // ok: ssrf
    headers: { Authorization: `Bearer ${token}` },
    next: { revalidate: 60 },
  })
  if (!res.ok) return null
  return (await res.json()) as { tasks: number; members: number; storageBytes: number }
}

export default async function WorkspacePage({ params, searchParams }: Props) {
  const { slug } = await params
  const { view = 'board' } = await searchParams
  const session = await getSession()
  if (!session) redirect(`/login?next=${encodeURIComponent(`/w/${slug}`)}`) // ok: open-redirect

  const workspace = await db.workspace.findFirst({
    where: { slug, members: { some: { userId: session.userId } } },
    include: { members: { include: { user: true } } },
  })
  if (!workspace) notFound()

  const usage = await fetchUsage(workspace.id, session.accessToken)
  const nonce = (await headers()).get('x-nonce') ?? undefined
  const structuredData = { '@context': 'https://schema.org', '@type': 'Organization', name: workspace.name, url: `https://tasks.example.com/w/${workspace.slug}` }

  return (
    <main className="p-6">
      <script
        type="application/ld+json"
        nonce={nonce}
        dangerouslySetInnerHTML={{ __html: JSON.stringify(structuredData).replace(/</g, '\\u003c') }} // ok: xss
      />
      <header className="mb-4 flex items-center gap-3">
        <h1 className="text-xl font-semibold">{workspace.name}</h1>
        <ul className="flex -space-x-2">
          {workspace.members.slice(0, 5).map((m) => (
            <li key={m.userId}>
              <img src={gravatar(m.user.email)} alt={m.user.name} width={28} height={28} className="rounded-full" />
            </li>
          ))}
        </ul>
        {usage && <span className="ml-auto text-sm text-slate-500">{usage.tasks} tasks</span>}
      </header>
      <Board workspaceId={workspace.id} view={VIEWS.has(view) ? view : 'board'} />
      <Script src="https://plausible.io/js/script.js" data-domain="tasks.example.com" strategy="afterInteractive" nonce={nonce} />
    </main>
  )
}
