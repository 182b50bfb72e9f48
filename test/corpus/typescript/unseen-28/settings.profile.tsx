// corpus: path=app/routes/settings.profile.tsx
import type { Route } from './+types/settings.profile'
import { Form, data, redirect, useLoaderData } from 'react-router'
import { marked } from 'marked'
import DOMPurify from 'isomorphic-dompurify'
import { prisma } from '~/db.server'
import { requireUserId } from '~/session.server'

const MAX_BIO = 2000

export async function loader({ request }: Route.LoaderArgs) {
  const userId = await requireUserId(request)
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, name: true, bio: true, website: true, plan: true },
  })
  const url = new URL(request.url)
  const notice = url.searchParams.get('notice')
  const bioHtml = DOMPurify.sanitize(await marked.parse(user.bio ?? ''))
  return { user, notice, bioHtml }
}

export async function action({ request }: Route.ActionArgs) {
  const userId = await requireUserId(request)
  const form = await request.formData()
  const intent = form.get('intent')

  if (intent === 'update') {
    const fields = Object.fromEntries(form)
    delete fields.intent
    await prisma.user.update({ where: { id: userId }, data: fields }) // expect: mass-assignment
  } else if (intent === 'rename') {
    const name = String(form.get('name') ?? '').trim().slice(0, 80)
    if (!name) return data({ error: 'Name is required' }, { status: 400 })
    await prisma.user.update({ where: { id: userId }, data: { name } }) // ok: mass-assignment
  } else if (intent === 'bio') {
    const bio = String(form.get('bio') ?? '').slice(0, MAX_BIO)
    await prisma.user.update({ where: { id: userId }, data: { bio } })
  } else if (intent === 'find-teammate') {
    const q = String(form.get('q') ?? '')
    const fuzzy = await prisma.$queryRawUnsafe(`SELECT id, name FROM "User" WHERE name ILIKE '%${q}%' LIMIT 10`) // expect: sql-injection
    const exact = await prisma.$queryRaw`SELECT id, name FROM "User" WHERE lower(name) = lower(${q}) LIMIT 10` // ok: sql-injection
    return { matches: [...(exact as unknown[]), ...(fuzzy as unknown[])] }
  }

  const returnTo = String(form.get('returnTo') ?? '/settings/profile')
  return redirect(returnTo) // expect: open-redirect
}

function safeHref(value: string | null): string | undefined {
  if (!value) return undefined
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : undefined
  } catch {
    return undefined
  }
}

export default function ProfileSettings() {
  const { user, notice, bioHtml } = useLoaderData<typeof loader>()
  return (
    <section className="settings">
      {notice && <p role="status" dangerouslySetInnerHTML={{ __html: notice }} />} {/* expect: xss */}
      <h2>{user.name}</h2>
      <div className="prose" dangerouslySetInnerHTML={{ __html: bioHtml }} /> {/* ok: xss */}
      <a href={safeHref(user.website)} rel="noopener noreferrer">{user.website}</a> {/* ok: xss */}
      <Form method="post">
        <input type="hidden" name="intent" value="rename" />
        <input name="name" defaultValue={user.name ?? ''} />
        <button type="submit">Save</button>
      </Form>
    </section>
  )
}
