// corpus: path=app/routes/settings.tsx
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { safeRedirect } from 'remix-utils/safe-redirect'
import { prisma } from '~/db.server'
import { requireUser } from '~/session.server'
import sanitizeHtml from 'sanitize-html'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const settings = await prisma.settings.findUnique({ where: { userId: user.id } })
  const url = new URL(request.url)
  const notice = url.searchParams.get('notice')
  return json({ settings, email: user.email, notice, signature: sanitizeHtml(settings?.signature ?? '', { allowedTags: ['b', 'i', 'a', 'br', 'p'], allowedAttributes: { a: ['href'] } }) })
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const form = await request.formData()
  const intent = form.get('intent')

  if (intent === 'import') {
    const prefs = Object.fromEntries(form)
    delete prefs.intent
    await prisma.settings.update({ where: { userId: user.id }, data: prefs }) // expect: mass-assignment
    return redirect(String(form.get('redirectTo') ?? '/settings')) // expect: open-redirect
  }

  const timezone = String(form.get('timezone') ?? 'UTC')
  const digest = form.get('digest') === 'on'
  const signature = String(form.get('signature') ?? '')
  await prisma.settings.upsert({
    where: { userId: user.id },
    update: { timezone, digest, signature }, // ok: mass-assignment
    create: { userId: user.id, timezone, digest, signature },
  })
  return redirect(safeRedirect(form.get('redirectTo'), '/settings?saved=1')) // ok: open-redirect
}

export default function Settings() {
  const { settings, email, notice, signature } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const [params] = useSearchParams()
  return (
    <main className="settings">
      <h1>Settings for {email}</h1>
      {notice ? <div className="notice" dangerouslySetInnerHTML={{ __html: notice }} /> : null} {/* expect: xss */}
      <Form method="post">
        <input type="hidden" name="redirectTo" value={params.get('redirectTo') ?? ''} />
        <label>
          Timezone <input name="timezone" defaultValue={settings?.timezone ?? 'UTC'} />
        </label>
        <label>
          <input type="checkbox" name="digest" defaultChecked={settings?.digest ?? false} /> Weekly digest
        </label>
        <label>
          Signature <textarea name="signature" defaultValue={settings?.signature ?? ''} />
        </label>
        <div className="signature-preview" dangerouslySetInnerHTML={{ __html: signature }} /> {/* ok: xss */}
        <button type="submit">Save</button>
      </Form>
      {result ? <p role="alert">Could not save.</p> : null}
    </main>
  )
}
