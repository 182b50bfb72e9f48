// corpus: path=src/routes/profile/[handle]/index.tsx
import { component$, useSignal } from '@builder.io/qwik'
import { routeAction$, routeLoader$, zod$, z, Form, type DocumentHead } from '@builder.io/qwik-city'
import { marked } from 'marked'
import DOMPurify from 'isomorphic-dompurify'
import { getDb } from '~/lib/db'
import { getSessionUser } from '~/lib/session'

export const useProfile = routeLoader$(async ({ params, query, status, cookie, redirect }) => {
  const db = getDb()
  const profile = await db.profile.findUnique({ where: { handle: params.handle } })
  if (!profile) {
    status(404)
    return null
  }
  const ref = query.get('ref')
  if (ref) {
    cookie.set('profile_ref', ref, { path: '/', maxAge: [30, 'days'] }) // ok: insecure-cookie
  }
  const viewer = await getSessionUser(cookie)
  if (profile.private && viewer?.id !== profile.userId) {
    throw redirect(302, query.get('back') ?? '/') // expect: open-redirect
  }
  return {
    ...profile,
    bioHtml: DOMPurify.sanitize(await marked.parse(profile.bio ?? '')),
    statusHtml: await marked.parse(profile.status ?? ''),
  }
})

export const useUpdateProfile = routeAction$(
  async (data, { cookie, fail, redirect }) => {
    const viewer = await getSessionUser(cookie)
    if (!viewer) return fail(401, { message: 'sign in first' })
    const db = getDb()
    await db.profile.update({ where: { userId: viewer.id }, data }) // expect: mass-assignment
    throw redirect(303, `/profile/${encodeURIComponent(viewer.handle)}`) // ok: open-redirect
  },
  zod$({
    displayName: z.string().min(1).max(60),
    bio: z.string().max(4000),
    status: z.string().max(140),
    website: z.string().url().optional(),
    role: z.string().optional(),
  }),
)

export const useSaveTheme = routeAction$(
  async ({ theme }, { cookie }) => {
    cookie.set('theme', theme, { path: '/', sameSite: 'lax', secure: true, maxAge: [365, 'days'] }) // ok: insecure-cookie
    return { theme }
  },
  zod$({ theme: z.enum(['light', 'dark', 'system']) }),
)

export default component$(() => {
  const profile = useProfile()
  const update = useUpdateProfile()
  const editing = useSignal(false)
  if (!profile.value) return <p>Profile not found.</p>
  return (
    <article class="profile">
      <header>
        <img src={profile.value.avatarUrl} alt="" width={96} height={96} />
        <h1>{profile.value.displayName}</h1>
        <p class="status" dangerouslySetInnerHTML={profile.value.statusHtml} /> {/* expect: xss */}
      </header>
      <section class="bio" dangerouslySetInnerHTML={profile.value.bioHtml} /> {/* ok: xss */}
      {profile.value.website && (
        <a href={profile.value.website} rel="noopener nofollow ugc" target="_blank"> {/* expect: xss */}
          {profile.value.website}
        </a>
      )}
      <button onClick$={() => (editing.value = !editing.value)}>{editing.value ? 'Cancel' : 'Edit'}</button>
      {editing.value && (
        <Form action={update}>
          <input name="displayName" value={profile.value.displayName} />
          <textarea name="bio" value={profile.value.bio ?? ''} />
          <input name="status" value={profile.value.status ?? ''} />
          <button type="submit">Save</button>
        </Form>
      )}
    </article>
  )
})

export const head: DocumentHead = ({ resolveValue }) => {
  const profile = resolveValue(useProfile)
  return { title: profile ? `${profile.displayName} · Campfire` : 'Profile not found' }
}
